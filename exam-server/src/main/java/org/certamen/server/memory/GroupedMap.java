package org.certamen.server.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * Values by group (a session, a centre) and by key within it, for one server process: each group
 * is a concurrent map of its own, made on the first value put in it.
 */
public final class GroupedMap<V> {
  private final Map<String, Map<String, V>> groups = new ConcurrentHashMap<>();

  public void put(String group, String key, V value) {
    groupOf(group).put(key, value);
  }

  /** Sets the key's value to what {@code remapping} makes of the stored one (null if none), atomically. */
  public V compute(String group, String key, BiFunction<String, V, V> remapping) {
    return groupOf(group).compute(key, remapping);
  }

  public Optional<V> find(String group, String key) {
    return Optional.ofNullable(groups.getOrDefault(group, Map.of()).get(key));
  }

  /** Removes the key's value; whether there was one. */
  public boolean remove(String group, String key) {
    Map<String, V> values = groups.get(group);
    return values != null && values.remove(key) != null;
  }

  /** A copy of the group's values by key, empty for an unknown group. */
  public Map<String, V> copyOf(String group) {
    return Map.copyOf(groups.getOrDefault(group, Map.of()));
  }

  /** The group's values in a new list, in no particular order. */
  public List<V> values(String group) {
    return new ArrayList<>(groups.getOrDefault(group, Map.of()).values());
  }

  private Map<String, V> groupOf(String group) {
    return groups.computeIfAbsent(group, id -> new ConcurrentHashMap<>());
  }
}
