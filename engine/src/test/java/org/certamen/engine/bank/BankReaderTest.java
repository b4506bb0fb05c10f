package org.certamen.engine.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.certamen.engine.framework.CompetenceFramework;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BankReaderTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final BankReader reader = new BankReader(CompetenceFramework.crcn());

  @Test
  void readsAValidBankWithEveryType() throws Exception {
    ItemBank bank = read(bank(qcu("q1"), qcm("q2"), qroc("q3"), qrocm("q4")));

    assertThat(bank.version()).isEqualTo("test-1");
    assertThat(bank.size()).isEqualTo(4);
    assertThat(bank.items()).extracting(Item::type)
        .containsExactly(ItemType.QCU, ItemType.QCM, ItemType.QROC, ItemType.QROCM);
    Item first = bank.find("q1").orElseThrow();
    assertThat(first.discrimination()).isEqualTo(1.31);
    assertThat(first.difficulty()).isEqualTo(-0.42);
    assertThat(first.competence()).isEqualTo("1.1");
    assertThat(bank.tubeCount()).isEqualTo(4);
  }

  @Test
  void readsABankFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bank.json");
    Files.writeString(file, bank(qcu("q1")).toString());

    assertThat(reader.read(file).size()).isEqualTo(1);
  }

  @Test
  void readsTheOptionalDomainsAQuestionNeeds() throws Exception {
    ItemBank bank = read(bank(qcu("q1"), qcu("q2", item -> item.putArray("allowedDomains")
        .add("fr.wikipedia.org").add("www.qwant.com"))));

    assertThat(bank.find("q1").orElseThrow().allowedDomains()).isEmpty();
    assertThat(bank.find("q2").orElseThrow().allowedDomains())
        .containsExactly("fr.wikipedia.org", "www.qwant.com");
  }

  @Test
  void reportsAllowedDomainsThatAreNotHostNames() {
    String expected = "field 'allowedDomains': must be an array of lower-case host names"
        + " such as \"fr.wikipedia.org\"";
    assertThat(problems(bank(
        qcu("q1", item -> item.putArray("allowedDomains").add("https://fr.wikipedia.org/")),
        qcu("q2", item -> item.put("allowedDomains", "fr.wikipedia.org")))))
        .containsExactly("item #1 'q1': " + expected, "item #2 'q2': " + expected);
  }

  @Test
  void readsTheOptionalCodeOfAQuestionWithItsIndentation() throws Exception {
    String code = "def double(x):\n    return 2 * x\n\nprint(double(3))";
    ItemBank bank = read(bank(qcu("q1"), qcu("q2", item -> item.put("code", code + "\n"))));

    assertThat(bank.find("q1").orElseThrow().code()).isNull();
    assertThat(bank.find("q2").orElseThrow().code()).isEqualTo(code);
  }

  @Test
  void reportsCodeWithTabsTooLongOrNotText() {
    String tooWide = "x = '" + "a".repeat(80) + "'";
    assertThat(problems(bank(
        qcu("q1", item -> item.put("code", "if x:\n\treturn 1")),
        qcu("q2", item -> item.put("code", tooWide)),
        qcu("q3", item -> item.put("code", "print(1)\n".repeat(21))),
        qcu("q4", item -> item.put("code", 42)))))
        .containsExactly(
            "item #1 'q1': field 'code': must be indented with spaces and use \\n line breaks,"
                + " without tabs or \\r",
            "item #2 'q2': field 'code': must fit in 20 lines of at most 80 characters",
            "item #3 'q3': field 'code': must fit in 20 lines of at most 80 characters",
            "item #4 'q4': field 'code': must be a non-empty string");
  }

  @Test
  void reportsAnUnknownCompetenceWithItemAndField() {
    assertThat(problems(bank(qcu("q1", item -> item.put("competence", "6.1")))))
        .containsExactly("item #1 'q1': field 'competence': unknown competence '6.1'");
  }

  @Test
  void reportsADuplicateId() {
    assertThat(problems(bank(qcu("q1"), qcu("q1", item -> item.put("tube", "other")))))
        .containsExactly("item #2 'q1': field 'id': duplicate id");
  }

  @Test
  void reportsADiscriminationThatIsNotPositive() {
    assertThat(problems(bank(qcu("q1", item -> item.put("discrimination", 0)),
        qcu("q2", item -> item.put("discrimination", -1.2)))))
        .containsExactly("item #1 'q1': field 'discrimination': must be greater than 0",
            "item #2 'q2': field 'discrimination': must be greater than 0");
  }

  @Test
  void reportsNumbersThatAreNotFinite() {
    // Jackson reads 1e999 as an infinite double.
    String text = bank(qcu("q1")).toString().replace("-0.42", "1e999");

    assertThat(problems(text))
        .containsExactly("item #1 'q1': field 'difficulty': must be a finite number");
  }

  @Test
  void reportsASingleChoiceSolutionOutOfRange() {
    assertThat(problems(bank(qcu("q1", item -> item.put("solution", "4")))))
        .containsExactly("item #1 'q1': field 'solution': proposal 4 is out of range 1..3");
  }

  @Test
  void reportsAMultipleChoiceSolutionOutOfRangeOrUnsorted() {
    assertThat(problems(bank(qcm("q1", item -> item.put("solution", "1,5")),
        qcm("q2", item -> item.put("solution", "3,1")),
        qcm("q3", item -> item.put("solution", "2,2")))))
        .containsExactly("item #1 'q1': field 'solution': proposal 5 is out of range 1..4",
            "item #2 'q2': field 'solution': indexes must be sorted and distinct: 3,1",
            "item #3 'q3': field 'solution': indexes must be sorted and distinct: 2,2");
  }

  @Test
  void reportsShortAnswerKeysThatDoNotMatchTheProposals() {
    assertThat(problems(bank(qrocm("q1", item -> item.put("solution", "{\"ville\":\"Paris\"}")))))
        .singleElement().asString()
        .startsWith("item #1 'q1': field 'solution': fields [ville] must match the proposals");
  }

  @Test
  void reportsAShortAnswersSolutionThatIsNotAnObject() {
    assertThat(problems(bank(qrocm("q1", item -> item.put("solution", "Paris")))))
        .containsExactly("item #1 'q1': field 'solution': a QROCM solution must be a JSON object");
  }

  @Test
  void reportsEveryMissingField() {
    ObjectNode item = JSON.createObjectNode().put("id", "q1");

    assertThat(problems(bank(item))).containsExactly(
        "item #1 'q1': field 'competence': missing",
        "item #1 'q1': field 'tube': missing",
        "item #1 'q1': field 'skill': missing",
        "item #1 'q1': field 'level': missing",
        "item #1 'q1': field 'discrimination': missing",
        "item #1 'q1': field 'difficulty': missing",
        "item #1 'q1': field 'type': missing",
        "item #1 'q1': field 'instruction': missing",
        "item #1 'q1': field 'proposals': missing",
        "item #1 'q1': field 'solution': missing",
        "item #1 'q1': field 'accessible': missing");
  }

  @Test
  void reportsFieldsOfTheWrongType() {
    assertThat(problems(bank(qcu("q1", item -> {
      item.put("level", "3");
      item.put("discrimination", "1.2");
      item.put("type", "QCX");
      item.put("accessible", "yes");
      item.putArray("proposals").add(1).add(2);
      item.put("solution", 2);
    })))).containsExactly(
        "item #1 'q1': field 'level': must be an integer",
        "item #1 'q1': field 'discrimination': must be a finite number",
        "item #1 'q1': field 'type': must be QCU, QCM, QROC or QROCM, not 'QCX'",
        "item #1 'q1': field 'proposals': every proposal must be a non-empty string",
        "item #1 'q1': field 'solution': must be a non-empty string",
        "item #1 'q1': field 'accessible': must be true or false");
  }

  @Test
  void reportsALevelOutOfRange() {
    assertThat(problems(bank(qcu("q1", item -> item.put("level", 9)))))
        .containsExactly("item #1 'q1': field 'level': must be between 1 and 8");
  }

  @Test
  void reportsProblemsOfSeveralItemsTogether() {
    assertThat(problems(bank(qcu("q1", item -> item.put("competence", "9.9")), qcu("q2"),
        qroc("q3", item -> item.put("discrimination", -1)))))
        .containsExactly("item #1 'q1': field 'competence': unknown competence '9.9'",
            "item #3 'q3': field 'discrimination': must be greater than 0");
  }

  @Test
  void namesTheItemByPositionWhenItHasNoId() {
    ObjectNode item = qcu("q1");
    item.remove("id");

    assertThat(problems(bank(item))).containsExactly("item #1: field 'id': missing");
  }

  @Test
  void reportsBadJsonWithItsLine() {
    String text = "{\n  \"version\": \"v\",\n  \"items\": [\n    {\"id\": \"q1\",,}\n  ]\n}";

    assertThat(problems(text)).singleElement().asString().startsWith("not valid JSON: line 4,");
  }

  @Test
  void reportsAMissingVersionAndEmptyItems() {
    assertThat(problems("{\"items\": []}")).containsExactly(
        "field 'version': missing or not a non-empty string",
        "field 'items': missing or not a non-empty array");
  }

  @Test
  void refusesTheWholeBankForOneBadItem() {
    InvalidBankException refused = catchThrowableOfType(InvalidBankException.class,
        () -> read(bank(qcu("q1"), qcu("q2", item -> item.put("difficulty", "hard")), qcu("q3"))));

    assertThat(refused.problems()).hasSize(1);
    assertThat(refused.getMessage()).contains("1 problem(s)", "item #2 'q2'");
  }

  private ItemBank read(Object bank) throws IOException, InvalidBankException {
    return reader.read(new ByteArrayInputStream(bank.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private List<String> problems(Object bank) {
    return catchThrowableOfType(InvalidBankException.class, () -> read(bank)).problems();
  }

  private static ObjectNode bank(ObjectNode... items) {
    ObjectNode bank = JSON.createObjectNode().put("version", "test-1");
    ArrayNode array = bank.putArray("items");
    for (ObjectNode item : items) {
      array.add(item);
    }
    return bank;
  }

  private static ObjectNode base(String id, String type, Consumer<ObjectNode> change) {
    ObjectNode item = JSON.createObjectNode()
        .put("id", id).put("competence", "1.1").put("tube", "tube-" + id).put("skill", "@" + id)
        .put("level", 3).put("discrimination", 1.31).put("difficulty", -0.42).put("type", type)
        .put("instruction", "Question " + id).put("accessible", true);
    switch (type) {
      case "QCU" -> {
        item.putArray("proposals").add("un").add("deux").add("trois");
        item.put("solution", "2");
      }
      case "QCM" -> {
        item.putArray("proposals").add("un").add("deux").add("trois").add("quatre");
        item.put("solution", "1,3");
      }
      case "QROC" -> {
        item.putArray("proposals");
        item.put("solution", "Paris|Lutèce");
      }
      default -> {
        item.putArray("proposals").add("capitale").add("pays");
        item.put("solution", "{\"capitale\":\"Paris\",\"pays\":\"France\"}");
      }
    }
    change.accept(item);
    return item;
  }

  private static ObjectNode qcu(String id) {
    return base(id, "QCU", item -> { });
  }

  private static ObjectNode qcu(String id, Consumer<ObjectNode> change) {
    return base(id, "QCU", change);
  }

  private static ObjectNode qcm(String id) {
    return base(id, "QCM", item -> { });
  }

  private static ObjectNode qcm(String id, Consumer<ObjectNode> change) {
    return base(id, "QCM", change);
  }

  private static ObjectNode qroc(String id) {
    return base(id, "QROC", item -> { });
  }

  private static ObjectNode qroc(String id, Consumer<ObjectNode> change) {
    return base(id, "QROC", change);
  }

  private static ObjectNode qrocm(String id) {
    return base(id, "QROCM", item -> { });
  }

  private static ObjectNode qrocm(String id, Consumer<ObjectNode> change) {
    return base(id, "QROCM", change);
  }
}
