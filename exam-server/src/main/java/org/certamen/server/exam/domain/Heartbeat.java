package org.certamen.server.exam.domain;

import java.time.Instant;

/**
 * The last sign of life of a candidate's exam page, with what it says of the extension.
 *
 * @param extensionVersion null when the page detects no extension
 * @param blockedAttempts how many blocked sites the extension counted since the exam started
 */
public record Heartbeat(
    String sessionId,
    String candidateId,
    Instant at,
    String extensionVersion,
    boolean blockingActive,
    int blockedAttempts) {
}
