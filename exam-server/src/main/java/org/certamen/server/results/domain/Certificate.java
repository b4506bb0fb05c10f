package org.certamen.server.results.domain;

import java.time.LocalDate;
import java.util.Map;

/** What a published, validated certification certifies: all that anyone may check with its code. */
public record Certificate(String verificationCode, String firstName, String lastName,
    LocalDate birthdate, LocalDate date, String centre, int score, int globalLevel,
    Map<String, Integer> competenceLevels) {
}
