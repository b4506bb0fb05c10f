package org.certamen.engine.positioning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.certamen.engine.bank.BankReader;
import org.certamen.engine.bank.ItemBank;
import org.certamen.engine.bank.JsonSyntax;

/**
 * The parcours campaigns may use, read from a JSON file and checked against the bank:
 * {@code {"version", "parcours": [{"id", "name", "category", "description",
 * "subjects": [{"competence", "tube", "targetLevel"}]}]}}. Every subject's tube must exist in the
 * bank for its competence with a skill at exactly its target level, so that a parcours never
 * promises a level the bank cannot test. A catalogue with any problem is refused whole.
 */
public final class ParcoursCatalogue {
  /** The catalogue shipped in the jar, built on the demo bank. */
  public static final String DEMO_RESOURCE = "/parcours/demo-parcours.json";

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Lower-case words joined by hyphens: ids appear in URLs and exports. */
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final String version;
  private final Map<String, Parcours> byId;

  private ParcoursCatalogue(String version, List<Parcours> parcours) {
    this.version = version;
    this.byId = new LinkedHashMap<>();
    parcours.forEach(p -> byId.put(p.id(), p));
  }

  /** The shipped catalogue, checked against the demo bank. */
  public static ParcoursCatalogue demo() {
    try (InputStream in = ParcoursCatalogue.class.getResourceAsStream(DEMO_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + DEMO_RESOURCE);
      }
      return read(in, BankReader.demoBank());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads and validates a catalogue.
   *
   * @throws InvalidCatalogueException listing every problem, each naming its parcours and subject
   * @throws UncheckedIOException when the stream cannot be read
   */
  public static ParcoursCatalogue read(InputStream in, ItemBank bank) {
    JsonNode root;
    try {
      root = JSON.readTree(in);
    } catch (JsonProcessingException e) {
      throw new InvalidCatalogueException(List.of(JsonSyntax.problem(e)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (root == null || !root.isObject() || !root.path("parcours").isArray()) {
      throw new InvalidCatalogueException(
          List.of("the catalogue must be a JSON object with a \"parcours\" array"));
    }
    List<String> problems = new ArrayList<>();
    List<Parcours> parcours = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Skills skills = Skills.of(bank);
    int position = 0;
    for (JsonNode node : root.get("parcours")) {
      position++;
      String id = node.path("id").asText("");
      String where = ID.matcher(id).matches() ? "parcours '" + id + "'" : "parcours #" + position;
      if (!ID.matcher(id).matches()) {
        problems.add(where + ": \"id\" must be lower-case words joined by hyphens, not '" + id
            + "'");
      } else if (!ids.add(id)) {
        problems.add(where + ": the id is used twice");
      }
      String name = text(node, "name", where, problems);
      String category = text(node, "category", where, problems);
      String description = text(node, "description", where, problems);
      List<Subject> subjects = subjects(node.path("subjects"), where, skills, problems);
      if (problems.isEmpty()) {
        parcours.add(new Parcours(id, name, category, description, subjects));
      }
    }
    if (position == 0) {
      problems.add("the catalogue holds no parcours");
    }
    if (!problems.isEmpty()) {
      throw new InvalidCatalogueException(problems);
    }
    return new ParcoursCatalogue(root.path("version").asText(""), parcours);
  }

  private static List<Subject> subjects(JsonNode array, String where, Skills skills,
      List<String> problems) {
    List<Subject> subjects = new ArrayList<>();
    if (!array.isArray() || array.isEmpty()) {
      problems.add(where + ": \"subjects\" must be a non-empty array");
      return subjects;
    }
    Set<String> seen = new HashSet<>();
    int position = 0;
    for (JsonNode node : array) {
      position++;
      String competence = node.path("competence").asText("");
      String tube = node.path("tube").asText("");
      String subjectWhere = where + ", subject " + position + " (" + competence + " " + tube + ")";
      JsonNode level = node.path("targetLevel");
      if (competence.isBlank() || tube.isBlank()) {
        problems.add(subjectWhere + ": \"competence\" and \"tube\" are required");
        continue;
      }
      if (!level.isInt() || level.asInt() < Skills.MIN_LEVEL || level.asInt() > Skills.MAX_LEVEL) {
        problems.add(subjectWhere + ": \"targetLevel\" must be an integer from "
            + Skills.MIN_LEVEL + " to " + Skills.MAX_LEVEL);
        continue;
      }
      // Results are keyed by tube name, and two competences may use the same name.
      if (!seen.add(tube)) {
        problems.add(subjectWhere + ": the tube appears twice in the parcours (tube names must "
            + "be unique in a parcours)");
        continue;
      }
      Skills.Tube found = skills.tube(competence, tube);
      if (found == null) {
        problems.add(subjectWhere + ": the bank has no tube '" + tube + "' in competence "
            + competence);
      } else if (found.position(level.asInt()) < 0) {
        problems.add(subjectWhere + ": the bank has no item at level " + level.asInt()
            + " in this tube (its levels: " + levels(found) + ")");
      } else {
        subjects.add(new Subject(tube, competence, level.asInt()));
      }
    }
    return subjects;
  }

  private static String levels(Skills.Tube tube) {
    StringBuilder text = new StringBuilder();
    for (int level : tube.levels()) {
      text.append(text.length() == 0 ? "" : ", ").append(level);
    }
    return text.toString();
  }

  private static String text(JsonNode node, String field, String where, List<String> problems) {
    String value = node.path(field).asText("").strip();
    if (value.isEmpty()) {
      problems.add(where + ": \"" + field + "\" is required");
    }
    return value;
  }

  /** The catalogue's version, as written in the file. */
  public String version() {
    return version;
  }

  /** Every parcours, in file order. */
  public List<Parcours> all() {
    return List.copyOf(byId.values());
  }

  public Optional<Parcours> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }
}
