package org.certamen.server.supervision.domain;

import org.certamen.server.exam.domain.Alert;
import org.certamen.server.exam.domain.ExamStatus;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.certamen.server.planning.domain.Session;
import org.certamen.server.shared.SessionStage;

/**
 * What the invigilator sees of a session at {@code at}.
 *
 * @param stage planned or underway while the room is open; finalised or published once closed
 * @param counts number of candidates in each status (every status present)
 * @param alerts every open alert of the session, oldest first
 * @param certifiable candidate id to whether they may sit the certification; absent when unknown
 */
public record Supervision(Session session, SessionStage stage, Instant at, int questionCount,
    Map<ExamStatus, Integer> counts, List<CandidateSupervision> candidates,
    List<SessionAlert> alerts, Map<String, Boolean> certifiable) {

  /** An open alert with the candidate it concerns. */
  public record SessionAlert(String candidateId, Alert alert) {
  }
}
