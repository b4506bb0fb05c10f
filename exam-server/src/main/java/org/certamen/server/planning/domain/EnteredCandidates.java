package org.certamen.server.planning.domain;

import io.vertx.core.Future;
import java.util.Set;

/**
 * Which candidates of a session have an exam record (they entered, or the invigilator marked them
 * absent): their enrolment is then part of the exam's record and no longer changes. The session
 * context, which keeps the exams, provides it.
 */
@FunctionalInterface
public interface EnteredCandidates {

  /** The ids of the session's candidates who entered or were marked absent. */
  Future<Set<String>> of(String sessionId);

  /** For a store without exams: nobody entered. */
  static EnteredCandidates none() {
    return sessionId -> Future.succeededFuture(Set.of());
  }
}
