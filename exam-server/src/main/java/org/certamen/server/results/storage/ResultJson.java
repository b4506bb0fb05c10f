package org.certamen.server.results.storage;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.certamen.engine.scoring.TestResult;
import org.certamen.server.results.domain.AbortReason;
import org.certamen.server.results.domain.CertificationResult;
import org.certamen.server.results.domain.Finalization;
import org.certamen.server.results.domain.Incident;
import org.certamen.server.results.domain.IncidentCategory;
import org.certamen.server.results.domain.JuryDecision;
import org.certamen.server.results.domain.ResultBasis;
import org.certamen.server.results.domain.ResultStatus;
import org.certamen.server.results.domain.Revision;
import org.certamen.server.results.domain.TestEnding;
import org.certamen.server.results.json.FinalizationJson;

/** The stored JSON of finalisations (without their publication) and result versions. */
public final class ResultJson {
  private ResultJson() {
  }

  public static String encode(Finalization finalization) {
    return FinalizationJson.report(finalization, AbortReason::name).encode();
  }

  /** The finalisation, published at that time by that person when {@code publishedAt} is not null. */
  public static Finalization decodeFinalization(String text, Instant publishedAt, String publishedBy) {
    JsonObject json = new JsonObject(text);
    List<Incident> incidents = new ArrayList<>();
    json.getJsonArray("incidents").forEach(o -> {
      JsonObject i = (JsonObject) o;
      incidents.add(new Incident(i.getString("candidateId"),
          IncidentCategory.valueOf(i.getString("category")), i.getInteger("questionNumber"),
          i.getString("description")));
    });
    Map<String, AbortReason> reasons = new LinkedHashMap<>();
    json.getJsonObject("abortReasons").forEach(e -> reasons.put(e.getKey(),
        AbortReason.valueOf((String) e.getValue())));
    return new Finalization(json.getString("sessionId"),
        Instant.parse(json.getString("finalizedAt")), json.getString("finalizedBy"),
        json.getString("comment"), json.getBoolean("hasIncident"),
        json.getBoolean("hasJoiningIssue"), incidents, reasons, publishedAt, publishedBy);
  }

  public static String encode(CertificationResult result) {
    ResultBasis basis = result.basis();
    TestResult scoring = result.scoring();
    Revision revision = result.revision();
    JsonObject levels = new JsonObject();
    scoring.competenceLevels().forEach(levels::put);
    return new JsonObject()
        .put("sessionId", result.sessionId())
        .put("candidateId", result.candidateId())
        .put("version", revision.version())
        .put("change", revision.change())
        .put("author", revision.author())
        .put("at", revision.at().toString())
        .put("status", result.status().name())
        .put("statusReason", result.statusReason())
        .put("scoredState", basis.scoredState())
        .put("answeredQuestions", basis.answeredQuestions())
        .put("ending", basis.ending().name())
        .put("fraud", basis.fraud())
        .put("juryDecision", basis.juryDecision() == null ? null : basis.juryDecision().name())
        .put("neutralizedQuestions", new JsonArray(basis.neutralizedQuestions()))
        .put("commentForCandidate", basis.commentForCandidate())
        .put("commentForOrganization", basis.commentForOrganization())
        .put("verificationCode", basis.verificationCode())
        .put("theta", scoring.theta())
        .put("standardError", scoring.standardError())
        .put("score", scoring.score())
        .put("scoreLow", scoring.scoreLow())
        .put("scoreHigh", scoring.scoreHigh())
        .put("globalLevel", scoring.globalLevel())
        .put("competenceLevels", levels)
        .put("countedAnswers", scoring.countedAnswers())
        .encode();
  }

  public static CertificationResult decodeResult(String text) {
    JsonObject json = new JsonObject(text);
    List<Integer> neutralized = new ArrayList<>();
    json.getJsonArray("neutralizedQuestions").forEach(n -> neutralized.add((Integer) n));
    String decision = json.getString("juryDecision");
    ResultBasis basis = new ResultBasis(json.getString("scoredState"),
        json.getInteger("answeredQuestions"), TestEnding.valueOf(json.getString("ending")),
        json.getBoolean("fraud"), decision == null ? null : JuryDecision.valueOf(decision),
        neutralized, json.getString("commentForCandidate"),
        json.getString("commentForOrganization"), json.getString("verificationCode"));
    Map<String, Integer> levels = new LinkedHashMap<>();
    json.getJsonObject("competenceLevels").forEach(e -> levels.put(e.getKey(), (Integer) e.getValue()));
    TestResult scoring = new TestResult(json.getDouble("theta"), json.getDouble("standardError"),
        json.getInteger("score"), json.getInteger("scoreLow"), json.getInteger("scoreHigh"),
        json.getInteger("globalLevel"), levels, json.getInteger("countedAnswers"));
    Revision revision = new Revision(json.getInteger("version"), json.getString("change"),
        json.getString("author"), Instant.parse(json.getString("at")));
    return new CertificationResult(json.getString("sessionId"), json.getString("candidateId"),
        basis, revision, ResultStatus.valueOf(json.getString("status")),
        json.getString("statusReason"), scoring);
  }
}
