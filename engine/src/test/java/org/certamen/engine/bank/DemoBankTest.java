package org.certamen.engine.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.certamen.engine.framework.Competence;
import org.certamen.engine.framework.CompetenceFramework;
import org.junit.jupiter.api.Test;

class DemoBankTest {
  private final ItemBank bank = BankReader.demoBank();

  @Test
  void holdsAtLeastThirtyItemsPerCompetence() {
    for (Competence competence : CompetenceFramework.crcn().competences()) {
      assertThat(bank.itemsOf(competence.code())).as(competence.code()).hasSizeGreaterThanOrEqualTo(30);
    }
    assertThat(bank.size()).isGreaterThanOrEqualTo(480);
  }

  @Test
  void usesEveryQuestionType() {
    Set<ItemType> types = EnumSet.noneOf(ItemType.class);
    bank.items().forEach(item -> types.add(item.type()));

    assertThat(types).containsExactlyInAnyOrder(ItemType.values());
  }

  @Test
  void saysItsCalibrationsAreSynthetic() {
    assertThat(bank.version()).containsIgnoringCase("synth");
  }

  @Test
  void acceptsTheSolutionOfEveryChoiceQuestion() {
    for (Item item : bank.items()) {
      if (item.type() == ItemType.QCU || item.type() == ItemType.QCM) {
        assertThat(item.isCorrect(Answer.text(item.solution().text()))).as(item.id()).isTrue();
      }
    }
  }

  @Test
  void hasDistinctInstructions() {
    Set<String> instructions = new HashSet<>();
    bank.items().forEach(item -> instructions.add(item.instruction() + item.code()
        + item.proposals()));

    assertThat(instructions).hasSize(bank.size());
  }

  @Test
  void keepsPythonProgramsApartFromTheirInstructionWithTheirIndentation() {
    Item loop = bank.find("rec-3.4-boucles-6").orElseThrow();

    assertThat(loop.instruction()).isEqualTo("Qu'affiche ce programme Python ?");
    assertThat(loop.code()).contains("\n    for j in range(4):\n        c = c + 1\n");
    assertThat(bank.items()).filteredOn(item -> item.instruction().contains("programme Python"))
        .allSatisfy(item -> assertThat(item.code()).as(item.id()).isNotBlank());
  }
}
