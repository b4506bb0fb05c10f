package org.certamen.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A TCP connection to the server written by hand, for requests no HTTP client sends: a head that
 * never ends, a body that never comes. {@code from} picks the client address on loopback
 * (127.0.0.2 is another client than 127.0.0.1 to the server).
 */
public final class RawConnection implements AutoCloseable {
  private final Socket socket;
  private final InputStream in;

  private RawConnection(Socket socket) throws IOException {
    this.socket = socket;
    this.in = socket.getInputStream();
  }

  public static RawConnection open(String from, int port) {
    try {
      Socket socket = new Socket();
      socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      return new RawConnection(socket);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A request line and headers without the blank line that ends them. */
  public static String unfinishedHead(String path) {
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: 1\r\n";
  }

  /** A whole head announcing a body that is never sent. */
  public static String headWithoutBody(String path) {
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        + "Content-Length: 1000\r\n\r\n";
  }

  public RawConnection send(String text) {
    try {
      socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads what the server sends within {@code wait}: true when it closed the connection, false
   * when the connection is still open at the end.
   */
  public boolean closedWithin(Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    try {
      while (true) {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
          return false;
        }
        socket.setSoTimeout((int) left);
        if (in.read() < 0) {
          return true;
        }
      }
    } catch (SocketTimeoutException e) {
      return false;
    } catch (SocketException e) {
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads until {@code text} arrives, the server closes, or {@code wait} passes: what was read. */
  public String readUntil(String text, Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    ByteArrayOutputStream read = new ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    try {
      while (!read.toString(StandardCharsets.UTF_8).contains(text)) {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
          break;
        }
        socket.setSoTimeout((int) left);
        int count = in.read(buffer);
        if (count < 0) {
          break;
        }
        read.write(buffer, 0, count);
      }
    } catch (SocketTimeoutException e) {
      // Reported by what was read.
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read.toString(StandardCharsets.UTF_8);
  }

  /** Reads one whole response whose body has a Content-Length; returns head and body. */
  public String readResponse(Duration wait) {
    try {
      socket.setSoTimeout((int) wait.toMillis());
      ByteArrayOutputStream read = new ByteArrayOutputStream();
      int contentLength = -1;
      int headEnd = -1;
      while (headEnd < 0 || read.size() < headEnd + contentLength) {
        int b = in.read();
        if (b < 0) {
          break;
        }
        read.write(b);
        if (headEnd < 0 && b == '\n' && read.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
          String text = read.toString(StandardCharsets.ISO_8859_1);
          headEnd = text.length();
          contentLength = text.lines().filter(l -> l.toLowerCase().startsWith("content-length:"))
              .map(l -> Integer.parseInt(l.substring(15).trim())).findFirst().orElse(0);
        }
      }
      return read.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // Closed already.
    }
  }
}
