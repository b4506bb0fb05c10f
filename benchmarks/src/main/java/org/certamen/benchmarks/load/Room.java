package org.certamen.benchmarks.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * One session planned by the generator as staff would: at most {@link #CAPACITY} candidates,
 * like a real room, and its invigilator's token once logged in. Remembers which targets served it.
 */
public final class Room {
  /** Candidates per session: one invigilator supervises up to 20. */
  public static final int CAPACITY = 20;

  private final String sessionId;
  private final String accessCode;
  private final String invigilatorPassword;
  private final List<SimulatedCandidate> candidates = new ArrayList<>();
  private final ConcurrentMap<String, LongAdder> servedBy = new ConcurrentHashMap<>();
  private volatile String invigilatorToken;

  public Room(String sessionId, String accessCode, String invigilatorPassword) {
    this.sessionId = sessionId;
    this.accessCode = accessCode;
    this.invigilatorPassword = invigilatorPassword;
  }

  public String sessionId() {
    return sessionId;
  }

  public String accessCode() {
    return accessCode;
  }

  public String invigilatorPassword() {
    return invigilatorPassword;
  }

  public String invigilatorToken() {
    return invigilatorToken;
  }

  void invigilatorToken(String token) {
    this.invigilatorToken = token;
  }

  public List<SimulatedCandidate> candidates() {
    return candidates;
  }

  /** A target answered one of this session's requests with a success. */
  void servedBy(String target) {
    servedBy.computeIfAbsent(target, t -> new LongAdder()).increment();
  }

  /** Successful responses to this session's requests, counted by target. */
  public Map<String, Long> responsesByTarget() {
    Map<String, Long> counts = new TreeMap<>();
    servedBy.forEach((target, count) -> counts.put(target, count.sum()));
    return counts;
  }
}
