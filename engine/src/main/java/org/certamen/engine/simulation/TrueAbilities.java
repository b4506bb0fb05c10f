package org.certamen.engine.simulation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Reads the true abilities of virtual candidates from a JSON array of finite numbers. */
public final class TrueAbilities {
  private static final JsonFactory JSON = new JsonFactory();

  private TrueAbilities() {
  }

  /**
   * @throws IllegalArgumentException naming the line and element, when the file is not a non-empty
   *     JSON array of finite numbers
   */
  public static double[] read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /** @see #read(Path) */
  public static double[] read(InputStream in) throws IOException {
    double[] thetas = new double[64];
    int count = 0;
    try (JsonParser parser = JSON.createParser(in)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw problem(parser, "expected a JSON array of numbers");
      }
      for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY;
          token = parser.nextToken()) {
        if (token == null) {
          throw problem(parser, "the array is not closed");
        }
        if (!token.isNumeric()) {
          throw problem(parser, "element #" + (count + 1) + " is not a number");
        }
        double theta = parser.getDoubleValue();
        if (!Double.isFinite(theta)) {
          throw problem(parser, "element #" + (count + 1) + " is not a finite number");
        }
        if (count == thetas.length) {
          thetas = Arrays.copyOf(thetas, count * 2);
        }
        thetas[count++] = theta;
      }
      if (parser.nextToken() != null) {
        throw problem(parser, "unexpected content after the array");
      }
    } catch (JsonParseException e) {
      throw new IllegalArgumentException("line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ": not valid JSON: " + e.getOriginalMessage());
    }
    if (count == 0) {
      throw new IllegalArgumentException("the array of abilities is empty");
    }
    return Arrays.copyOf(thetas, count);
  }

  private static IllegalArgumentException problem(JsonParser parser, String message) {
    return new IllegalArgumentException(
        "line " + parser.currentTokenLocation().getLineNr() + ": " + message);
  }
}
