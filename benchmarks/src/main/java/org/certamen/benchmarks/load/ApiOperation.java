package org.certamen.benchmarks.load;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One operation of the server's OpenAPI document: its method, path template, whether it needs a
 * token, and the fields of its JSON body with their types.
 *
 * @param fields body field name to its type ({@code string}, {@code integer}, {@code boolean},
 *     or {@code any} for a field of several shapes); empty without a body
 */
public record ApiOperation(String method, String path, boolean secured, boolean hasBody,
    Map<String, String> fields, List<String> required) {

  private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

  /** Every operation the document describes. */
  public static List<ApiOperation> all(JsonObject openApi) {
    JsonObject schemas = openApi.getJsonObject("components", new JsonObject())
        .getJsonObject("schemas", new JsonObject());
    List<ApiOperation> operations = new ArrayList<>();
    JsonObject paths = openApi.getJsonObject("paths");
    for (String path : paths.fieldNames()) {
      JsonObject item = paths.getJsonObject(path);
      for (String method : METHODS) {
        JsonObject operation = item.getJsonObject(method);
        if (operation != null) {
          operations.add(of(method.toUpperCase(), path, operation, schemas));
        }
      }
    }
    return operations;
  }

  private static ApiOperation of(String method, String path, JsonObject operation, JsonObject schemas) {
    JsonArray security = operation.getJsonArray("security", new JsonArray());
    JsonObject schema = operation.getJsonObject("requestBody", new JsonObject())
        .getJsonObject("content", new JsonObject())
        .getJsonObject("application/json", new JsonObject())
        .getJsonObject("schema");
    Map<String, String> fields = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    if (schema != null) {
      String ref = schema.getString("$ref");
      JsonObject resolved = ref == null ? schema
          : schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1), new JsonObject());
      resolved.getJsonObject("properties", new JsonObject()).forEach(property -> fields.put(
          property.getKey(), ((JsonObject) property.getValue()).getString("type", "any")));
      resolved.getJsonArray("required", new JsonArray()).forEach(name -> required.add((String) name));
    }
    return new ApiOperation(method, path, !security.isEmpty(), schema != null, fields, required);
  }

  /** {@code METHOD /path/{template}}. */
  public String name() {
    return method + " " + path;
  }

  public boolean isCandidates() {
    return path.startsWith("/api/me/");
  }

  /** Planning sessions and enrolling candidates: the staff token only. */
  public boolean isStaffOnly() {
    return method.equals("POST") && (path.equals("/api/sessions")
        || path.equals("/api/sessions/{sessionId}/candidates"));
  }

  public boolean hasPathParameters() {
    return path.contains("{");
  }
}
