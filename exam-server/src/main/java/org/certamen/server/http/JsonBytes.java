package org.certamen.server.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.EncodeException;
import io.vertx.core.json.jackson.DatabindCodec;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A JSON value encoded straight to the bytes a reply sends, by the same mapper as
 * {@code JsonObject.encode()}: no intermediate string, and a buffer of the exact size, as the
 * mapper hands over a reply of up to its 8 KB buffer in one write.
 */
final class JsonBytes extends OutputStream {
  private Buffer bytes;

  private JsonBytes() {
  }

  static Buffer of(Object json) {
    JsonBytes out = new JsonBytes();
    try {
      DatabindCodec.mapper().writeValue(out, json);
    } catch (IOException e) {
      throw new EncodeException("Failed to encode as JSON: " + e.getMessage());
    }
    return out.bytes == null ? Buffer.buffer() : out.bytes;
  }

  @Override
  public void write(byte[] chunk, int offset, int length) {
    if (bytes == null) {
      bytes = Buffer.buffer(length);
    }
    bytes.appendBytes(chunk, offset, length);
  }

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }
}
