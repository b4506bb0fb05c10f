package org.certamen.server.results.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.certamen.engine.scoring.ScoreScale;
import org.certamen.engine.scoring.TestResult;
import org.certamen.server.planning.domain.Candidate;
import org.certamen.server.results.domain.CandidateResult;
import org.certamen.server.results.domain.Certificate;
import org.certamen.server.results.domain.CertificationResult;
import org.certamen.server.results.domain.AbortReason;
import org.certamen.server.results.domain.Finalization;
import org.certamen.server.results.domain.WaitingSession;
import org.certamen.server.results.json.FinalizationJson;
import org.certamen.server.shared.RecordJson;

/** The JSON of finalisations, results and certificates. */
final class ResultsJson {
  private ResultsJson() {
  }

  static JsonObject finalization(Finalization finalization) {
    return FinalizationJson.report(finalization, AbortReason::apiName)
        .put("published", finalization.isPublished())
        .put("publishedAt", finalization.isPublished() ? finalization.publishedAt().toString() : null)
        .put("publishedBy", finalization.publishedBy());
  }

  static JsonObject waiting(WaitingSession waiting) {
    Finalization finalization = waiting.finalization();
    return new JsonObject()
        .put("sessionId", finalization.sessionId())
        .put("centre", waiting.centre())
        .put("date", waiting.date().toString())
        .put("finalizedAt", finalization.finalizedAt().toString())
        .put("resultCount", waiting.resultCount())
        .put("needsPerson", waiting.needsPerson())
        .put("reasons", new JsonArray(waiting.reviewReasons()))
        .put("comment", finalization.comment())
        .put("hasIncident", finalization.hasIncident())
        .put("hasJoiningIssue", finalization.hasJoiningIssue())
        .put("incidentCount", finalization.incidents().size());
  }

  /** A candidate's current result; score, interval and levels are null unless validated. */
  static JsonObject result(CandidateResult line) {
    return withIdentity(version(line.result()), line.candidate());
  }

  /** A candidate who never started: listed, with no result. */
  static JsonObject absent(Candidate candidate) {
    return withIdentity(new JsonObject()
        .put("candidateId", candidate.id())
        .put("status", "absent")
        .put("statusReason", "NOT_STARTED")
        .put("score", null)
        .put("version", null), candidate);
  }

  /** Who a line of the results is about. */
  private static JsonObject withIdentity(JsonObject line, Candidate candidate) {
    return line
        .put("lastName", candidate.lastName())
        .put("firstName", candidate.firstName())
        .put("birthdate", candidate.birthdate().toString())
        .put("division", candidate.division())
        .put("externalId", candidate.externalId());
  }

  /** One version of a result. */
  static JsonObject version(CertificationResult result) {
    boolean validated = result.isValidated();
    TestResult scoring = result.scoring();
    JsonObject levels = new JsonObject();
    scoring.competenceLevels().forEach((code, level) -> levels.put(code, validated ? level : null));
    return new JsonObject()
        .put("candidateId", result.candidateId())
        .put("status", result.status().apiName())
        .put("statusReason", result.statusReason())
        .put("score", validated ? scoring.score() : null)
        .put("maxScore", ScoreScale.MAX_SCORE)
        .put("scoreInterval", validated
            ? new JsonObject().put("low", scoring.scoreLow()).put("high", scoring.scoreHigh()) : null)
        .put("globalLevel", validated ? scoring.globalLevel() : null)
        .put("competenceLevels", levels)
        .put("standardError", validated ? scoring.standardError() : null)
        .put("answeredQuestions", result.basis().answeredQuestions())
        .put("ending", result.basis().ending().name())
        .put("neutralizedQuestions", new JsonArray(result.basis().neutralizedQuestions()))
        .put("commentForCandidate", result.basis().commentForCandidate())
        .put("commentForOrganization", result.basis().commentForOrganization())
        .put("verificationCode", validated ? result.basis().verificationCode() : null)
        .put("version", result.version())
        .put("change", result.revision().change())
        .put("changedBy", result.revision().author())
        .put("changedAt", result.revision().at().toString());
  }

  static JsonObject certificate(Certificate certificate) {
    return RecordJson.toJson(certificate).put("maxScore", ScoreScale.MAX_SCORE);
  }
}
