package org.certamen.server.http;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The connections a process holds, overall and per client address, shared by every event loop
 * serving the port so that the caps hold for the whole process.
 */
public final class ConnectionCounts {
  private final int maxConnections;
  private final int maxPerAddress;
  private final AtomicInteger total = new AtomicInteger();
  private final ConcurrentHashMap<String, Integer> perAddress = new ConcurrentHashMap<>();

  /** @param maxPerAddress 0 for no cap per address */
  public ConnectionCounts(int maxConnections, int maxPerAddress) {
    this.maxConnections = maxConnections;
    this.maxPerAddress = maxPerAddress;
  }

  /** Counts a new connection, or returns false, counting nothing, when a cap is reached. */
  public boolean tryOpen(String address) {
    if (total.incrementAndGet() > maxConnections) {
      total.decrementAndGet();
      return false;
    }
    boolean[] admitted = {true};
    perAddress.compute(address, (key, count) -> {
      int current = count == null ? 0 : count;
      if (maxPerAddress > 0 && current >= maxPerAddress) {
        admitted[0] = false;
        return count;
      }
      return current + 1;
    });
    if (!admitted[0]) {
      total.decrementAndGet();
    }
    return admitted[0];
  }

  /** Forgets a connection counted by {@link #tryOpen}. */
  public void close(String address) {
    total.decrementAndGet();
    perAddress.computeIfPresent(address, (key, count) -> count == 1 ? null : count - 1);
  }

  public int total() {
    return total.get();
  }

  public int maxConnections() {
    return maxConnections;
  }

  public int maxPerAddress() {
    return maxPerAddress;
  }
}
