package org.certamen.benchmarks.load;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** Where two JSON values differ, as {@code path: before -> after} lines. */
final class JsonDiff {
  private JsonDiff() {
  }

  static List<String> differences(Object before, Object after) {
    List<String> differences = new ArrayList<>();
    collect("", before, after, differences);
    return differences;
  }

  private static void collect(String path, Object before, Object after, List<String> differences) {
    if (before instanceof JsonObject a && after instanceof JsonObject b) {
      TreeSet<String> names = new TreeSet<>(a.fieldNames());
      names.addAll(b.fieldNames());
      names.forEach(name -> collect(path + "/" + name, a.getValue(name), b.getValue(name), differences));
    } else if (before instanceof JsonArray a && after instanceof JsonArray b && a.size() == b.size()) {
      for (int i = 0; i < a.size(); i++) {
        collect(path + "/" + i, a.getValue(i), b.getValue(i), differences);
      }
    } else if (!Objects.equals(before, after)) {
      differences.add(path + ": " + shown(before) + " -> " + shown(after));
    }
  }

  private static String shown(Object value) {
    String text = String.valueOf(value instanceof JsonObject || value instanceof JsonArray
        ? value.toString() : value);
    return text.length() <= 300 ? text : text.substring(0, 300) + "...";
  }
}
