package org.certamen.engine.bank;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.certamen.engine.framework.CompetenceFramework;

/**
 * Reads and validates a bank file:
 * {@code {"version", "items": [{"id", "competence", "tube", "skill", "level", "discrimination",
 * "difficulty", "type", "instruction", "proposals", "solution", "accessible"}]}}, and optionally
 * {@code "allowedDomains": ["fr.wikipedia.org"]}, the sites a question needs during the exam, and
 * {@code "code": "def f(x):\n    return x"}, source code shown apart from the instruction.
 * Every problem is reported with the item and the field; a bank with any problem is refused whole.
 */
public final class BankReader {
  /** The demo bank shipped in the engine jar (French questions, synthetic calibrations). */
  public static final String DEMO_BANK_RESOURCE = "/banks/demo-bank.json";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MIN_LEVEL = 1;
  private static final int MAX_LEVEL = 8;
  /** A lower-case host name such as "fr.wikipedia.org": labels of letters, digits and hyphens. */
  private static final Pattern DOMAIN =
      Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

  /** Long enough for a short function, short enough to read on a 768-pixel-high screen. */
  private static final int MAX_CODE_LINES = 20;
  private static final int MAX_CODE_COLUMNS = 80;

  private final CompetenceFramework framework;

  public BankReader(CompetenceFramework framework) {
    this.framework = framework;
  }

  /** The demo bank against the CRCN. */
  public static ItemBank demoBank() {
    try (InputStream in = BankReader.class.getResourceAsStream(DEMO_BANK_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + DEMO_BANK_RESOURCE);
      }
      return new BankReader(CompetenceFramework.crcn()).read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InvalidBankException e) {
      throw new IllegalStateException("The demo bank is invalid", e);
    }
  }

  public ItemBank read(Path file) throws IOException, InvalidBankException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  public ItemBank read(InputStream in) throws IOException, InvalidBankException {
    JsonNode root;
    try {
      root = JSON.readTree(in);
    } catch (JsonProcessingException e) {
      throw new InvalidBankException(List.of(JsonSyntax.problem(e)));
    }
    List<String> problems = new ArrayList<>();
    if (root == null || !root.isObject()) {
      throw new InvalidBankException(List.of("the bank must be a JSON object"));
    }
    JsonNode version = root.get("version");
    if (version == null || !version.isTextual() || version.asText().isBlank()) {
      problems.add("field 'version': missing or not a non-empty string");
    }
    JsonNode itemNodes = root.get("items");
    if (itemNodes == null || !itemNodes.isArray() || itemNodes.isEmpty()) {
      problems.add("field 'items': missing or not a non-empty array");
      throw new InvalidBankException(problems);
    }
    List<Item> items = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < itemNodes.size(); i++) {
      ItemProblems itemProblems = new ItemProblems(i, itemNodes.get(i));
      Item item = itemProblems.parse();
      problems.addAll(itemProblems.problems);
      if (item != null) {
        if (!ids.add(item.id())) {
          problems.add(itemProblems.where() + ": field 'id': duplicate id");
        }
        items.add(item);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidBankException(problems);
    }
    return new ItemBank(version.asText(), framework, items);
  }

  /** Collects the problems of one item node. */
  private final class ItemProblems {
    private final int position;
    private final JsonNode node;
    private final List<String> problems = new ArrayList<>();
    private String id;

    ItemProblems(int position, JsonNode node) {
      this.position = position;
      this.node = node;
    }

    String where() {
      return "item #" + (position + 1) + (id == null ? "" : " '" + id + "'");
    }

    Item parse() {
      if (node == null || !node.isObject()) {
        problems.add(where() + ": not a JSON object");
        return null;
      }
      id = text("id");
      String competence = text("competence");
      if (competence != null && framework.find(competence).isEmpty()) {
        problem("competence", "unknown competence '" + competence + "'");
      }
      String tube = text("tube");
      String skill = text("skill");
      Integer level = integer("level");
      if (level != null && (level < MIN_LEVEL || level > MAX_LEVEL)) {
        problem("level", "must be between " + MIN_LEVEL + " and " + MAX_LEVEL);
      }
      Double discrimination = number("discrimination");
      if (discrimination != null && discrimination <= 0) {
        problem("discrimination", "must be greater than 0");
      }
      Double difficulty = number("difficulty");
      ItemType type = type();
      String instruction = text("instruction");
      List<String> proposals = proposals();
      String solutionText = text("solution");
      Boolean accessible = bool("accessible");
      List<String> allowedDomains = allowedDomains();
      String code = code();
      Solution solution = null;
      if (type != null && proposals != null && solutionText != null) {
        solution = solution(type, solutionText, proposals);
      }
      if (!problems.isEmpty()) {
        return null;
      }
      return new Item(id, competence, tube, skill, level, discrimination, difficulty, type,
          instruction, proposals, solution, accessible, allowedDomains, code);
    }

    private Solution solution(ItemType type, String text, List<String> proposals) {
      boolean choice = type == ItemType.QCU || type == ItemType.QCM;
      if (choice && proposals.size() < 2) {
        problem("proposals", type + " needs at least 2 proposals");
        return null;
      }
      if (type == ItemType.QROC && !proposals.isEmpty()) {
        problem("proposals", "a QROC has no proposals");
        return null;
      }
      try {
        return Solution.parse(type, text, proposals);
      } catch (IllegalArgumentException e) {
        problem("solution", e.getMessage());
        return null;
      }
    }

    private void problem(String field, String message) {
      problems.add(where() + ": field '" + field + "': " + message);
    }

    private JsonNode field(String name) {
      JsonNode value = node.get(name);
      if (value == null || value.isNull()) {
        problem(name, "missing");
        return null;
      }
      return value;
    }

    private String text(String name) {
      return typed(name, value -> value.isTextual() && !value.asText().isBlank(),
          "must be a non-empty string", JsonNode::asText);
    }

    private Integer integer(String name) {
      return typed(name, JsonNode::isIntegralNumber, "must be an integer", JsonNode::asInt);
    }

    private Double number(String name) {
      return typed(name, value -> value.isNumber() && Double.isFinite(value.asDouble()),
          "must be a finite number", JsonNode::asDouble);
    }

    private Boolean bool(String name) {
      return typed(name, JsonNode::isBoolean, "must be true or false", JsonNode::asBoolean);
    }

    /** The field read as a T, or null (with a problem) when it is missing or not a valid T. */
    private <T> T typed(String name, Predicate<JsonNode> valid, String requirement,
        Function<JsonNode, T> read) {
      JsonNode value = field(name);
      if (value == null) {
        return null;
      }
      if (!valid.test(value)) {
        problem(name, requirement);
        return null;
      }
      return read.apply(value);
    }

    private ItemType type() {
      String value = text("type");
      if (value == null) {
        return null;
      }
      try {
        return ItemType.valueOf(value);
      } catch (IllegalArgumentException e) {
        problem("type", "must be QCU, QCM, QROC or QROCM, not '" + value + "'");
        return null;
      }
    }

    /** The optional list of sites the question needs; absent means none. */
    private List<String> allowedDomains() {
      JsonNode value = node.get("allowedDomains");
      if (value == null || value.isNull()) {
        return List.of();
      }
      List<String> domains = new ArrayList<>();
      if (value.isArray()) {
        for (JsonNode domain : value) {
          if (!domain.isTextual() || !DOMAIN.matcher(domain.asText()).matches()) {
            break;
          }
          domains.add(domain.asText());
        }
      }
      if (!value.isArray() || domains.size() != value.size()) {
        problem("allowedDomains", "must be an array of lower-case host names such as \"fr.wikipedia.org\"");
      }
      return domains;
    }

    /**
     * The optional source code; absent means none. Tabs are refused because browsers show them
     * at different widths, which changes what indented code appears to mean.
     */
    private String code() {
      JsonNode value = node.get("code");
      if (value == null || value.isNull()) {
        return null;
      }
      if (!value.isTextual() || value.asText().isBlank()) {
        problem("code", "must be a non-empty string");
        return null;
      }
      String code = value.asText().stripTrailing();
      List<String> lines = code.lines().toList();
      if (code.indexOf('\t') >= 0 || code.indexOf('\r') >= 0) {
        problem("code", "must be indented with spaces and use \\n line breaks, without tabs or \\r");
      } else if (lines.size() > MAX_CODE_LINES
          || lines.stream().anyMatch(line -> line.length() > MAX_CODE_COLUMNS)) {
        problem("code", "must fit in " + MAX_CODE_LINES + " lines of at most " + MAX_CODE_COLUMNS
            + " characters");
      }
      return code;
    }

    private List<String> proposals() {
      JsonNode value = field("proposals");
      if (value == null) {
        return null;
      }
      if (!value.isArray()) {
        problem("proposals", "must be an array of strings");
        return null;
      }
      List<String> proposals = new ArrayList<>();
      for (JsonNode proposal : value) {
        if (!proposal.isTextual() || proposal.asText().isBlank()) {
          problem("proposals", "every proposal must be a non-empty string");
          return null;
        }
        proposals.add(proposal.asText());
      }
      return proposals;
    }
  }
}
