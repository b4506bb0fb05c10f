package org.certamen.engine.framework;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The competences a bank is written against, kept as data so that another framework can be loaded
 * with {@link #read(InputStream)}. The French CRCN (16 competences in 5 areas) is {@link #crcn()}.
 *
 * @param competences in framework order (1.1, 1.2, … 5.2 for the CRCN), each code once
 */
public record CompetenceFramework(String name, List<Competence> competences) {
  private static final String CRCN_RESOURCE = "/frameworks/crcn.json";

  /** @throws IllegalArgumentException when two competences share a code */
  public CompetenceFramework {
    competences = List.copyOf(competences);
    Set<String> codes = new HashSet<>();
    for (Competence competence : competences) {
      if (!codes.add(competence.code())) {
        throw new IllegalArgumentException("Duplicate competence code " + competence.code());
      }
    }
  }

  /** The French Cadre de Référence des Compétences Numériques shipped with the engine. */
  public static CompetenceFramework crcn() {
    try (InputStream in = CompetenceFramework.class.getResourceAsStream(CRCN_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + CRCN_RESOURCE);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads {@code {"name", "areas": [{"code", "name", "competences": [{"code", "name"}]}]}}. */
  public static CompetenceFramework read(InputStream in) throws IOException {
    JsonNode root = new ObjectMapper().readTree(in);
    List<Competence> competences = new ArrayList<>();
    for (JsonNode areaNode : root.path("areas")) {
      Area area = new Area(requiredText(areaNode, "code"), requiredText(areaNode, "name"));
      for (JsonNode competenceNode : areaNode.path("competences")) {
        competences.add(new Competence(
            requiredText(competenceNode, "code"), requiredText(competenceNode, "name"), area));
      }
    }
    if (competences.isEmpty()) {
      throw new IllegalArgumentException("A framework needs at least one competence");
    }
    return new CompetenceFramework(requiredText(root, "name"), competences);
  }

  private static String requiredText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new IllegalArgumentException("Framework field '" + field + "' is missing or empty");
    }
    return value.asText();
  }

  public int size() {
    return competences.size();
  }

  public Optional<Competence> find(String code) {
    int index = indexOf(code);
    return index < 0 ? Optional.empty() : Optional.of(competences.get(index));
  }

  /** Position of a competence in {@link #competences()}, or -1 when unknown. */
  public int indexOf(String code) {
    for (int i = 0; i < competences.size(); i++) {
      if (competences.get(i).code().equals(code)) {
        return i;
      }
    }
    return -1;
  }
}
