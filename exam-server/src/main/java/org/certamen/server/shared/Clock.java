package org.certamen.server.shared;

import java.time.Instant;

/** The server's time; injected so that tests move time without sleeping. */
@FunctionalInterface
public interface Clock {
  Instant now();

  static Clock system() {
    return Instant::now;
  }
}
