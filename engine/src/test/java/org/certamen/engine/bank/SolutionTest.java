package org.certamen.engine.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SolutionTest {
  private static final List<String> THREE = List.of("un", "deux", "trois");
  private static final List<String> FOUR = List.of("un", "deux", "trois", "quatre");

  private final Item singleChoice = item(ItemType.QCU, "2", THREE);
  private final Item multipleChoice = item(ItemType.QCM, "1,3", FOUR);
  private final Item shortAnswer = item(ItemType.QROC, "Écran|Moniteur", List.of());
  private final Item shortAnswers = item(ItemType.QROCM,
      "{\"logiciel\":\"Traitement de texte|traitement de textes\",\"format\":\"ODT\"}",
      List.of("logiciel", "format"));

  @ParameterizedTest
  @ValueSource(strings = {"2", " 2 ", "2\n"})
  void acceptsTheSingleChoiceWithSpaces(String given) {
    assertThat(singleChoice.isCorrect(Answer.text(given))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "3", "", "deux", "2,3", "02x", "-2", "99999999999999"})
  void refusesAnyOtherSingleChoice(String given) {
    assertThat(singleChoice.isCorrect(Answer.text(given))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1,3", "3,1", " 1 , 3 "})
  void acceptsTheMultipleChoiceInAnyOrder(String given) {
    assertThat(multipleChoice.isCorrect(Answer.text(given))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "1,2,3", "1,3,3", "1,,3", "1;3", "", "un,trois"})
  void refusesAPartialExtraRepeatedOrMalformedMultipleChoice(String given) {
    assertThat(multipleChoice.isCorrect(Answer.text(given))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"écran", "ECRAN", "  Ecran  ", "moniteur", "MONITEUR\t", "Écran"})
  void acceptsAShortAnswerWhateverItsCaseAccentsAndSurroundingSpaces(String given) {
    assertThat(shortAnswer.isCorrect(Answer.text(given))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ecrans", "écran plat", "", "   ", "moni teur"})
  void refusesAnotherShortAnswer(String given) {
    assertThat(shortAnswer.isCorrect(Answer.text(given))).isFalse();
  }

  @Test
  void foldsLigaturesAndInnerSpaces() {
    Item ligature = item(ItemType.QROC, "cœur de réseau", List.of());

    assertThat(ligature.isCorrect(Answer.text("COEUR   de  reseau"))).isTrue();
    assertThat(ligature.isCorrect(Answer.text("Cœur de réseau"))).isTrue();
  }

  @Test
  void acceptsShortAnswersWhenEveryFieldIsRight() {
    assertThat(shortAnswers.isCorrect(Answer.fields(
        Map.of("logiciel", " traitement de TEXTES ", "format", "odt")))).isTrue();
  }

  @Test
  void refusesShortAnswersWithAWrongMissingOrExtraField() {
    assertThat(shortAnswers.isCorrect(Answer.fields(
        Map.of("logiciel", "tableur", "format", "odt")))).isFalse();
    assertThat(shortAnswers.isCorrect(Answer.fields(Map.of("format", "odt")))).isFalse();
    assertThat(shortAnswers.isCorrect(Answer.fields(Map.of(
        "logiciel", "traitement de texte", "format", "odt", "autre", "x")))).isFalse();
  }

  @Test
  void treatsANullAnswerAsWrongForEveryType() {
    for (Item item : List.of(singleChoice, multipleChoice, shortAnswer, shortAnswers)) {
      assertThat(item.isCorrect(null)).isFalse();
      assertThat(item.isCorrect(Answer.text(null))).isFalse();
    }
  }

  @Test
  void treatsAFieldWithANullValueAsWrong() {
    Map<String, String> values = new HashMap<>();
    values.put("logiciel", null);
    values.put("format", "odt");

    assertThat(shortAnswers.isCorrect(Answer.fields(values))).isFalse();
    assertThat(shortAnswers.isCorrect(Answer.fields(null))).isFalse();
  }

  @Test
  void treatsTheWrongKindOfAnswerAsWrong() {
    Answer fields = Answer.fields(Map.of("logiciel", "2", "format", "odt"));

    assertThat(singleChoice.isCorrect(fields)).isFalse();
    assertThat(multipleChoice.isCorrect(fields)).isFalse();
    assertThat(shortAnswer.isCorrect(fields)).isFalse();
    assertThat(shortAnswers.isCorrect(Answer.text("traitement de texte"))).isFalse();
  }

  @Test
  void keepsTheSolutionTextAsRead() {
    assertThat(multipleChoice.solution().text()).isEqualTo("1,3");
  }

  @Test
  void refusesASolutionWithoutAnyAcceptedAnswer() {
    assertThatThrownBy(() -> Solution.parse(ItemType.QROC, " | ", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("solution has no accepted answer");
  }

  private static Item item(ItemType type, String solution, List<String> proposals) {
    return new Item("i", "1.1", "t", "@s", 2, 1.2, 0.3, type, "Question", proposals,
        Solution.parse(type, solution, proposals), true);
  }
}
