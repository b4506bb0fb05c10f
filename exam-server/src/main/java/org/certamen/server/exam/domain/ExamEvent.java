package org.certamen.server.exam.domain;

import java.time.Instant;

/** One entry of a candidate's event log, at server time; {@code detail} may be null. */
public record ExamEvent(ExamEventType type, Instant at, String detail) {
}
