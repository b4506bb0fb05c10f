package org.certamen.engine.bank;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The correct answer of an item, parsed from the bank's solution syntax. {@link #accepts} never
 * throws: a malformed answer is simply wrong.
 */
public sealed interface Solution {
  ObjectMapper JSON = new ObjectMapper();

  /** True when the answer is correct. */
  boolean accepts(Answer answer);

  /** The solution in the bank's syntax, as it was read. */
  String text();

  /**
   * Parses a solution for an item of the given type and proposals.
   *
   * @throws IllegalArgumentException naming what is wrong, when the solution does not fit
   */
  static Solution parse(ItemType type, String text, List<String> proposals) {
    return switch (type) {
      case QCU -> SingleChoice.parse(text, proposals.size());
      case QCM -> MultipleChoice.parse(text, proposals.size());
      case QROC -> ShortAnswer.parse(text);
      case QROCM -> ShortAnswers.parse(text, proposals);
    };
  }

  /** The 1-based index of the one correct proposal. */
  record SingleChoice(int index, String text) implements Solution {
    static SingleChoice parse(String text, int proposalCount) {
      int index = parseIndex(text.strip(), proposalCount);
      return new SingleChoice(index, text);
    }

    @Override
    public boolean accepts(Answer answer) {
      if (!(answer instanceof Answer.Text given) || given.value() == null) {
        return false;
      }
      try {
        return Integer.parseInt(given.value().strip()) == index;
      } catch (NumberFormatException e) {
        return false;
      }
    }
  }

  /** Every correct proposal and no other, as sorted 1-based indexes. */
  record MultipleChoice(Set<Integer> indexes, String text) implements Solution {
    static MultipleChoice parse(String text, int proposalCount) {
      List<Integer> parsed = new ArrayList<>();
      for (String part : text.split(",", -1)) {
        parsed.add(parseIndex(part.strip(), proposalCount));
      }
      for (int i = 1; i < parsed.size(); i++) {
        if (parsed.get(i) <= parsed.get(i - 1)) {
          throw new IllegalArgumentException("indexes must be sorted and distinct: " + text);
        }
      }
      return new MultipleChoice(Set.copyOf(parsed), text);
    }

    @Override
    public boolean accepts(Answer answer) {
      if (!(answer instanceof Answer.Text given) || given.value() == null) {
        return false;
      }
      Set<Integer> chosen = new TreeSet<>();
      for (String part : given.value().split(",", -1)) {
        try {
          if (!chosen.add(Integer.parseInt(part.strip()))) {
            return false;
          }
        } catch (NumberFormatException e) {
          return false;
        }
      }
      return chosen.equals(indexes);
    }
  }

  /** Accepted short answers, compared after trimming, case folding and accent folding. */
  record ShortAnswer(Set<String> folded, String text) implements Solution {
    static ShortAnswer parse(String text) {
      return new ShortAnswer(foldAlternatives(text, "solution"), text);
    }

    @Override
    public boolean accepts(Answer answer) {
      return answer instanceof Answer.Text given
          && given.value() != null
          && folded.contains(TextFolding.fold(given.value()));
    }
  }

  /** For several short answers: field name to its accepted answers; every field must be right. */
  record ShortAnswers(Map<String, Set<String>> fields, String text) implements Solution {
    static ShortAnswers parse(String text, List<String> proposals) {
      JsonNode node;
      try {
        node = JSON.readTree(text);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("a QROCM solution must be a JSON object");
      }
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException("a QROCM solution must be a JSON object");
      }
      Map<String, Set<String>> fields = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (!field.getValue().isTextual()) {
          throw new IllegalArgumentException("field '" + field.getKey() + "' must be a string");
        }
        fields.put(field.getKey(), foldAlternatives(field.getValue().asText(), field.getKey()));
      }
      if (!fields.keySet().equals(new java.util.HashSet<>(proposals)) || fields.isEmpty()) {
        throw new IllegalArgumentException(
            "fields " + fields.keySet() + " must match the proposals " + proposals);
      }
      return new ShortAnswers(fields, text);
    }

    @Override
    public boolean accepts(Answer answer) {
      if (!(answer instanceof Answer.Fields given) || !given.values().keySet().equals(fields.keySet())) {
        return false;
      }
      for (Map.Entry<String, Set<String>> field : fields.entrySet()) {
        String typed = given.values().get(field.getKey());
        if (typed == null || !field.getValue().contains(TextFolding.fold(typed))) {
          return false;
        }
      }
      return true;
    }
  }

  private static int parseIndex(String text, int proposalCount) {
    int index;
    try {
      index = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not a proposal number");
    }
    if (index < 1 || index > proposalCount) {
      throw new IllegalArgumentException(
          "proposal " + index + " is out of range 1.." + proposalCount);
    }
    return index;
  }

  private static Set<String> foldAlternatives(String text, String what) {
    Set<String> folded = new TreeSet<>();
    Arrays.stream(text.split("\\|")).map(TextFolding::fold).filter(s -> !s.isEmpty())
        .forEach(folded::add);
    if (folded.isEmpty()) {
      throw new IllegalArgumentException(what + " has no accepted answer");
    }
    return Set.copyOf(folded);
  }
}
