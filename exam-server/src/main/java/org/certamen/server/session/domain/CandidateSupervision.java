package org.certamen.server.session.domain;

import java.util.List;
import org.certamen.server.enrolment.domain.Candidate;

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
