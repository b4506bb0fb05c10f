package org.certamen.server;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Requests written byte by byte, for what a well-behaved client cannot send: bad escapes, huge
 * headers and URIs, odd bodies. Each request asks the server to close the connection after it.
 */
final class RawHttp {
  private RawHttp() {
  }

  /** A reply as read off the wire: headers by lower-case name. */
  record Reply(int status, Map<String, String> headers, String body) {
    String contentType() {
      return headers.get("content-type");
    }

    JsonObject json() {
      return new JsonObject(body);
    }
  }

  /** Sends the request line, the headers (one {@code Name: value} per line) and the body. */
  static Reply send(int port, String requestLine, String headers, byte[] body) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      String head = requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
          + (headers.isEmpty() ? "" : headers + "\r\n")
          + (body.length > 0 ? "Content-Length: " + body.length + "\r\n" : "") + "\r\n";
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      return read(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Posts a JSON body in chunks of {@code chunkChars} (ASCII), without a Content-Length. */
  static Reply chunked(int port, String target, String json, int chunkChars) {
    StringBuilder body = new StringBuilder();
    for (int at = 0; at < json.length(); at += chunkChars) {
      String chunk = json.substring(at, Math.min(json.length(), at + chunkChars));
      body.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
    }
    body.append("0\r\n\r\n");
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
          + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" + body)
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return read(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Reply get(int port, String target, String headers) {
    return send(port, "GET " + target + " HTTP/1.1", headers, new byte[0]);
  }

  static Reply post(int port, String target, String contentType, byte[] body) {
    return send(port, "POST " + target + " HTTP/1.1", "Content-Type: " + contentType, body);
  }

  private static Reply read(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    in.transferTo(all);
    String text = all.toString(StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    String[] lines = text.substring(0, end).split("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).trim());
    }
    return new Reply(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
  }
}
