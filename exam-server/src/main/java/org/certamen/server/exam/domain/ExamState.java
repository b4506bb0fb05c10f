package org.certamen.server.exam.domain;

import org.certamen.engine.bank.Item;
import org.certamen.server.exam.domain.ExamStatus;

/**
 * What the candidate's page shows. The item stays on the server side: the HTTP mapper copies only
 * what the candidate may see of it.
 *
 * @param questionIndex 1-based number of the question on screen while the test is underway, else
 *     the number of questions answered
 * @param question the question to answer, or null when none is to be answered now
 * @param started true once the test was started, so that a start is a resumption
 */
public record ExamState(ExamStatus status, int questionIndex, int questionCount,
    long remainingSeconds, Item question, boolean started) {
}
