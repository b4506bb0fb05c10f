package org.certamen.server.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RequestBody;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import org.certamen.server.shared.DomainException;

/**
 * A JSON object body read field by field: every wrong field is refused with
 * {@code INVALID_FIELD} naming it, a body that is not a JSON object with {@code INVALID_JSON}.
 */
public final class JsonRequest {
  /** Longest text accepted in any field. */
  public static final int MAX_TEXT_LENGTH = 2000;

  private final JsonObject json;

  private JsonRequest(JsonObject json) {
    this.json = json;
  }

  public static JsonRequest of(RoutingContext ctx) {
    RequestBody body = ctx.body();
    if (body == null || body.length() <= 0) {
      throw DomainException.invalid("INVALID_JSON", "The request needs a JSON object body");
    }
    Object value;
    try {
      value = isBlank(body.buffer()) ? null : io.vertx.core.json.Json.decodeValue(body.buffer());
    } catch (RuntimeException e) {
      throw DomainException.invalid("INVALID_JSON", "The body is not valid JSON");
    }
    if (!(value instanceof JsonObject object)) {
      throw DomainException.invalid("INVALID_JSON", "The body must be a JSON object");
    }
    return new JsonRequest(object);
  }

  /** Whether a body is only white space; decides on its first byte when that is plain ASCII. */
  private static boolean isBlank(Buffer body) {
    byte first = body.getByte(0);
    if (first > ' ') {
      return false;
    }
    return body.toString(StandardCharsets.UTF_8).isBlank();
  }

  /** A field's JSON value as decoded (String, Number, Boolean, JsonObject, JsonArray), or null. */
  public Object raw(String name) {
    return json.getValue(name);
  }

  public boolean has(String name) {
    return json.getValue(name) != null;
  }

  /** A non-blank text. */
  public String text(String name) {
    String value = optionalText(name);
    if (value == null || value.isBlank()) {
      throw invalid(name, "is required and must be a non-empty string");
    }
    return value;
  }

  /** A text, or null when absent. */
  public String optionalText(String name) {
    Object value = json.getValue(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text)) {
      throw invalid(name, "must be a string");
    }
    if (text.length() > MAX_TEXT_LENGTH) {
      throw invalid(name, "must be at most " + MAX_TEXT_LENGTH + " characters");
    }
    return text;
  }

  /** An integer, or the default when absent. */
  public int integer(String name, int absent) {
    Object value = json.getValue(name);
    if (value == null) {
      return absent;
    }
    if (!(value instanceof Integer || value instanceof Long) || ((Number) value).longValue() != ((Number) value).intValue()) {
      throw invalid(name, "must be an integer");
    }
    return ((Number) value).intValue();
  }

  /** A boolean, or the default when absent. */
  public boolean bool(String name, boolean absent) {
    Object value = json.getValue(name);
    if (value == null) {
      return absent;
    }
    if (!(value instanceof Boolean bool)) {
      throw invalid(name, "must be true or false");
    }
    return bool;
  }

  /** A date written {@code YYYY-MM-DD}. */
  public LocalDate date(String name) {
    return parsed(name, LocalDate::parse, "must be a date like 2012-03-04");
  }

  /** A time of day written {@code HH:MM}. */
  public LocalTime time(String name) {
    return parsed(name, LocalTime::parse, "must be a time like 09:30");
  }

  /** The constant of {@code type} that the text names, in any case. */
  public <E extends Enum<E>> E constant(String name, Class<E> type, String problem) {
    return parsed(name, text -> Enum.valueOf(type, text.toUpperCase(Locale.ROOT)), problem);
  }

  /** A required text that {@code parse} reads, else {@code INVALID_FIELD} saying {@code problem}. */
  private <T> T parsed(String name, Function<String, T> parse, String problem) {
    String text = text(name);
    try {
      return parse.apply(text);
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw invalid(name, problem);
    }
  }

  public static DomainException invalid(String name, String problem) {
    return DomainException.invalid("INVALID_FIELD", "Field '" + name + "' " + problem);
  }
}
