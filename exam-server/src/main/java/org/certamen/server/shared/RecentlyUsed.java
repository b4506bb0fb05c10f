package org.certamen.server.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A bounded map shared by a server's event loops, for values the store holds anyway: when full it
 * starts again empty, which costs a few reads from the store and never a wrong answer.
 */
public final class RecentlyUsed<V> {
  private final Map<String, V> values = new ConcurrentHashMap<>();
  private final int capacity;

  public RecentlyUsed(int capacity) {
    this.capacity = capacity;
  }

  public V get(String key) {
    return values.get(key);
  }

  public void put(String key, V value) {
    if (values.size() >= capacity) {
      values.clear();
    }
    values.put(key, value);
  }

  public void remove(String key) {
    values.remove(key);
  }
}
