package org.certamen.benchmarks.load;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An attacker holding connections that send a request head and never finish it: half stop before
 * the blank line that ends the head, half announce a body that never comes. It opens them from its
 * own loopback address and opens a new one whenever the server closes one, until closed.
 */
final class SlowClients implements AutoCloseable {
  private static final long PASS_MILLIS = 100;
  /** New connections per pass at most: 500 a second, an attacker's rate rather than a flood. */
  private static final int OPENS_PER_PASS = 50;

  private final InetAddress from;
  private final InetSocketAddress target;
  private final int connections;
  private final List<SocketChannel> open = new ArrayList<>();
  private final AtomicLong opened = new AtomicLong();
  private final AtomicLong closedByServer = new AtomicLong();
  private final AtomicLong failedToConnect = new AtomicLong();
  private final Thread loop;
  private volatile boolean running = true;

  /** Starts holding {@code connections} connections from {@code from} (e.g. 127.0.0.2). */
  SlowClients(String from, int port, int connections) {
    try {
      this.from = InetAddress.getByName(from);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
    this.target = new InetSocketAddress("127.0.0.1", port);
    this.connections = connections;
    this.loop = new Thread(this::run, "slow-clients");
    loop.setDaemon(true);
    loop.start();
  }

  long opened() {
    return opened.get();
  }

  /** Connections the server closed: refused over a cap at once, or cut for overstaying. */
  long closedByServer() {
    return closedByServer.get();
  }

  long failedToConnect() {
    return failedToConnect.get();
  }

  @Override
  public void close() {
    running = false;
    try {
      loop.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    ByteBuffer scratch = ByteBuffer.allocate(4096);
    while (running) {
      dropClosed(scratch);
      for (int i = 0; i < OPENS_PER_PASS && running && open.size() < connections; i++) {
        if (!openOne()) {
          break;
        }
      }
      KillDrill.sleep(PASS_MILLIS);
    }
    open.forEach(SlowClients::closeQuietly);
    open.clear();
  }

  private boolean openOne() {
    try {
      SocketChannel channel = SocketChannel.open();
      channel.bind(new InetSocketAddress(from, 0));
      channel.socket().connect(target, 1_000);
      String head = opened.getAndIncrement() % 2 == 0
          ? "GET /api/openapi.json HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: 1\r\n"
          : "POST /api/candidate-sessions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
              + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n";
      channel.write(ByteBuffer.wrap(head.getBytes(StandardCharsets.US_ASCII)));
      channel.configureBlocking(false);
      open.add(channel);
      return true;
    } catch (IOException e) {
      failedToConnect.incrementAndGet();
      return false;
    }
  }

  private void dropClosed(ByteBuffer scratch) {
    for (Iterator<SocketChannel> it = open.iterator(); it.hasNext(); ) {
      SocketChannel channel = it.next();
      boolean closed;
      try {
        scratch.clear();
        closed = channel.read(scratch) < 0;
      } catch (IOException e) {
        closed = true;
      }
      if (closed) {
        closedByServer.incrementAndGet();
        closeQuietly(channel);
        it.remove();
      }
    }
  }

  private static void closeQuietly(SocketChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // Gone already.
    }
  }
}
