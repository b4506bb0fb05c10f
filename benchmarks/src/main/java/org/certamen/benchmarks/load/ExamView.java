package org.certamen.benchmarks.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a simulated candidate acts on in an exam state reply: its status and the question on
 * screen. Read with Jackson's streaming parser, which goes through the whole body (a malformed one
 * is refused) but builds only these fields: a generator sharing the server's cores cannot afford
 * a tree of every reply.
 *
 * @param question null when the reply shows none
 */
public record ExamView(String status, Question question) {
  private static final JsonFactory JSON = new JsonFactory();

  /**
   * The question on screen.
   *
   * @param proposals the choices, or the fields of a QROCM
   */
  public record Question(String id, String type, List<String> proposals) {
  }

  public boolean isInProgress() {
    return "IN_PROGRESS".equals(status);
  }

  /** The view of a body; null when it is not one well-formed JSON object. */
  public static ExamView of(Buffer body) {
    if (body == null || body.length() == 0 || body.getByte(0) != '{') {
      return null;
    }
    try (JsonParser parser = JSON.createParser(body.getBytes())) {
      parser.nextToken();
      String status = null;
      Question question = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("status") && value == JsonToken.VALUE_STRING) {
          status = parser.getText();
        } else if (name.equals("question") && value == JsonToken.START_OBJECT) {
          question = question(parser);
        } else {
          parser.skipChildren();
        }
      }
      return parser.nextToken() == null ? new ExamView(status, question) : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** The question object the parser is at the start of, read to its end. */
  private static Question question(JsonParser parser) throws IOException {
    String id = null;
    String type = null;
    List<String> proposals = new ArrayList<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (name.equals("id") && value == JsonToken.VALUE_STRING) {
        id = parser.getText();
      } else if (name.equals("type") && value == JsonToken.VALUE_STRING) {
        type = parser.getText();
      } else if (name.equals("proposals") && value == JsonToken.START_ARRAY) {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          proposals.add(parser.getText());
          parser.skipChildren();
        }
      } else {
        parser.skipChildren();
      }
    }
    return new Question(id, type, proposals);
  }
}
