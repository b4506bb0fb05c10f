package org.certamen.server.supervision.domain;

import org.certamen.server.exam.domain.Alert;
import org.certamen.server.exam.domain.ExamStatus;
import org.certamen.server.exam.domain.Heartbeat;

import java.util.List;
import org.certamen.server.planning.domain.Candidate;

/**
 * One line of the supervision view.
 *
 * @param answered questions answered so far
 * @param heartbeat the last heartbeat, or null when the page never sent one
 * @param openAlerts alerts waiting for the invigilator, oldest first
 */
public record CandidateSupervision(Candidate candidate, ExamStatus status, int answered,
    long remainingSeconds, Heartbeat heartbeat, List<Alert> openAlerts) {
}
