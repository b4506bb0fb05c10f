// Answers the demo bank's questions the way a pupil who knows (or does not) would, found by their instruction.
import { readFileSync } from 'node:fs';

const DEMO_BANK = new URL('../../engine/src/main/resources/banks/demo-bank.json', import.meta.url);

/** Pages make the space before « : ; ? ! » unbreakable: compare texts without that difference. */
const plain = (text) => text.replaceAll('\u00a0', ' ').trim();

export class BankAnswers {
  constructor(items) {
    this.byInstruction = new Map(items.map((item) => [plain(item.instruction), item]));
  }

  static demo() {
    return new BankAnswers(JSON.parse(readFileSync(DEMO_BANK, 'utf8')).items);
  }

  /**
   * What to put in the form for the question showing `instruction`: `{choices: [1-based indexes]}`, `{text}` or
   * `{fields: {name: text}}` with the bank's solution, or `{skip: true}` for a pupil who does not know.
   */
  fill(instruction, { wrong = false } = {}) {
    const item = this.byInstruction.get(plain(instruction));
    if (!item) throw new Error(`No bank item reads « ${instruction} »`);
    if (wrong) return { skip: true };
    switch (item.type) {
      case 'QCU':
      case 'QCM':
        return { choices: item.solution.split(',').map(Number) };
      case 'QROC':
        return { text: item.solution.split('|')[0] };
      default:
        return { fields: Object.fromEntries(Object.entries(JSON.parse(item.solution)).map(([name, accepted]) => [name, accepted.split('|')[0]])) };
    }
  }
}
