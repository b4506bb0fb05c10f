// Builds the form of one question (always as text, never as markup) and reads the candidate's answer from it.
import { french } from './typography.js';

const TYPE_HINTS = {
  QCU: 'Une seule réponse possible.',
  QCM: 'Plusieurs réponses possibles : cochez toutes celles qui conviennent.',
  QROC: 'Saisissez votre réponse.',
  QROCM: 'Remplissez chaque champ.',
};

function element(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * The question's code as a named region that screen readers can enter and read line by line; it keeps every space,
 * and scrolls sideways (with the keyboard too, being focusable) rather than wrapping a long line.
 */
function codeBlock(code) {
  const block = element('pre', { class: 'code', tabindex: '0', role: 'region', 'aria-label': 'Code de la question' });
  block.append(element('code', {}, code));
  return block;
}

/** Replaces `container`'s content with the fieldset of `question` ({id, type, instruction, code, proposals}). */
export function renderQuestion(container, question) {
  const fieldset = element('fieldset', { 'aria-describedby': 'question-hint' });
  const legend = element('legend', { class: 'instruction' }, french(question.instruction));
  fieldset.append(legend);
  if (typeof question.code === 'string' && question.code !== '') fieldset.append(codeBlock(question.code));
  fieldset.append(element('p', { class: 'hint', id: 'question-hint' }, french(TYPE_HINTS[question.type] ?? '')));
  const proposals = Array.isArray(question.proposals) ? question.proposals : [];
  if (question.type === 'QCU' || question.type === 'QCM') {
    const inputType = question.type === 'QCU' ? 'radio' : 'checkbox';
    const list = element('div', { class: 'choices' });
    proposals.forEach((proposal, index) => {
      const id = `choice-${index + 1}`;
      const input = element('input', { type: inputType, id, name: 'choice', value: String(index + 1) });
      const label = element('label', { for: id, class: 'choice' });
      label.append(input, element('span', {}, proposal));
      list.append(label);
    });
    fieldset.append(list);
  } else if (question.type === 'QROC') {
    const field = element('div', { class: 'field' });
    field.append(
      element('label', { for: 'answer-text' }, 'Votre réponse'),
      element('input', { id: 'answer-text', name: 'answer', autocomplete: 'off', spellcheck: 'false', maxlength: '500' }),
    );
    fieldset.append(field);
  } else {
    proposals.forEach((fieldName, index) => {
      const id = `answer-field-${index + 1}`;
      const field = element('div', { class: 'field' });
      field.append(
        element('label', { for: id }, fieldName),
        element('input', { id, 'data-field': fieldName, autocomplete: 'off', spellcheck: 'false', maxlength: '500' }),
      );
      fieldset.append(field);
    });
  }
  container.replaceChildren(fieldset);
}

/** The `value` to send for the answer on screen, or null when the candidate gave none. */
export function readAnswer(container, question) {
  if (question.type === 'QCU' || question.type === 'QCM') {
    const chosen = [...container.querySelectorAll('input[name="choice"]:checked')].map((input) => Number(input.value));
    return chosen.length === 0 ? null : chosen.sort((a, b) => a - b).join(',');
  }
  if (question.type === 'QROC') {
    const text = container.querySelector('#answer-text').value.trim();
    return text === '' ? null : text;
  }
  const fields = {};
  let any = false;
  for (const input of container.querySelectorAll('input[data-field]')) {
    fields[input.dataset.field] = input.value.trim();
    any = any || input.value.trim() !== '';
  }
  return any ? fields : null;
}

/** Disables or enables every control of the question while an answer travels. */
export function setBusy(form, busy) {
  for (const control of form.querySelectorAll('input, button, textarea')) control.disabled = busy;
  form.setAttribute('aria-busy', String(busy));
}
