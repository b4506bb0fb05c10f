package org.certamen.engine.framework;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The competences a bank is written against, kept as data so that another framework can be loaded
 * with {@link #read(InputStream)}. The French CRCN (16 competences in 5 areas) is {@link #crcn()}.
 */
public final class CompetenceFramework {
  private static final String CRCN_RESOURCE = "/frameworks/crcn.json";

  private final String name;
  private final List<Competence> competences;
  private final Map<String, Competence> byCode;

  private CompetenceFramework(String name, List<Competence> competences) {
    this.name = name;
    this.competences = List.copyOf(competences);
    Map<String, Competence> index = new LinkedHashMap<>();
    for (Competence competence : competences) {
      if (index.put(competence.code(), competence) != null) {
        throw new IllegalArgumentException("Duplicate competence code " + competence.code());
      }
    }
    this.byCode = Collections.unmodifiableMap(index);
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

  public String name() {
    return name;
  }

  /** Competences in framework order (1.1, 1.2, … 5.2 for the CRCN). */
  public List<Competence> competences() {
    return competences;
  }

  public int size() {
    return competences.size();
  }

  public Optional<Competence> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** Position of a competence in {@link #competences()}, or -1 when unknown. */
  public int indexOf(String code) {
    Competence competence = byCode.get(code);
    return competence == null ? -1 : competences.indexOf(competence);
  }
}
