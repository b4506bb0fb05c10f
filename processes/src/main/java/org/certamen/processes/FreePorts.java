package org.certamen.processes;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/** Free ports for the processes that tests and drills start. */
public final class FreePorts {
  // Below Linux's ephemeral range (32768-60999): a port the system hands out to outgoing
  // connections (a drill opens thousands) could otherwise be taken between this check and its use.
  private static final int FIRST = 20_000;
  private static final int LAST = 32_000;

  private FreePorts() {
  }

  /** A port nothing listens on now, outside the range outgoing connections take theirs from. */
  public static int next() {
    for (int tries = 0; tries < 1_000; tries++) {
      int port = ThreadLocalRandom.current().nextInt(FIRST, LAST);
      try (ServerSocket socket = new ServerSocket()) {
        socket.bind(new InetSocketAddress(port));
        return port;
      } catch (IOException taken) {
        // try another
      }
    }
    throw new IllegalStateException("No free port between " + FIRST + " and " + LAST);
  }
}
