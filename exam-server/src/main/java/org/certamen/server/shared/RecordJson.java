package org.certamen.server.shared;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.time.LocalTime;
import java.util.Map;

/**
 * Records written and read as JSON objects by Jackson, each field under its component's name: dates
 * and instants as their ISO text ({@code toString()}), enums by name, fields a stored record adds
 * ignored on read. Methods such as {@code isAssessment()} are not fields: only components are.
 */
public final class RecordJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      // Jackson writes 09:00 as "09:00:00"; the API and the stores have always written "09:00".
      .addModule(new SimpleModule().addSerializer(LocalTime.class, ToStringSerializer.instance))
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .visibility(PropertyAccessor.ALL, Visibility.NONE)
      .visibility(PropertyAccessor.FIELD, Visibility.ANY)
      .build();

  private RecordJson() {
  }

  /** The record as a JSON object, to send or to complete with derived fields. */
  @SuppressWarnings("unchecked")
  public static JsonObject toJson(Record record) {
    return new JsonObject(MAPPER.convertValue(record, Map.class));
  }

  public static String encode(Record record) {
    try {
      return MAPPER.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not a JSON record: " + record.getClass(), e);
    }
  }

  /** @throws DecodeException when the text is not a JSON object of that record */
  public static <T extends Record> T decode(String text, Class<T> type) {
    try {
      return MAPPER.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new DecodeException("Not a JSON " + type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  public static <T extends Record> T fromJson(JsonObject json, Class<T> type) {
    return MAPPER.convertValue(json.getMap(), type);
  }
}
