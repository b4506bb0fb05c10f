package org.certamen.server.results.storage;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.certamen.engine.scoring.TestResult;
import org.certamen.server.results.domain.AbortReason;
import org.certamen.server.results.domain.CertificationResult;
import org.certamen.server.results.domain.Finalization;
import org.certamen.server.results.domain.JuryDecision;
import org.certamen.server.results.domain.ResultBasis;
import org.certamen.server.results.domain.ResultStatus;
import org.certamen.server.results.domain.Revision;
import org.certamen.server.results.domain.TestEnding;
import org.certamen.server.results.json.FinalizationJson;
import org.certamen.server.shared.RecordJson;

/** The stored JSON of finalisations (without their publication) and result versions. */
public final class ResultJson {
  private ResultJson() {
  }

  public static String encode(Finalization finalization) {
    return FinalizationJson.report(finalization, AbortReason::name).encode();
  }

  /** The finalisation, published at that time by that person when {@code publishedAt} is not null. */
  public static Finalization decodeFinalization(String text, Instant publishedAt, String publishedBy) {
    return RecordJson.decode(text, Finalization.class).published(publishedAt, publishedBy);
  }

  /** A result version as the store writes it: its revision, basis and scoring flattened. */
  private record StoredResult(String sessionId, String candidateId, int version, String change,
      String author, Instant at, ResultStatus status, String statusReason, String scoredState,
      int answeredQuestions, TestEnding ending, boolean fraud, JuryDecision juryDecision,
      List<Integer> neutralizedQuestions, String commentForCandidate,
      String commentForOrganization, String verificationCode, double theta, double standardError,
      int score, int scoreLow, int scoreHigh, int globalLevel,
      Map<String, Integer> competenceLevels, int countedAnswers) {

    static StoredResult of(CertificationResult result) {
      Revision revision = result.revision();
      ResultBasis basis = result.basis();
      TestResult scoring = result.scoring();
      return new StoredResult(result.sessionId(), result.candidateId(), revision.version(),
          revision.change(), revision.author(), revision.at(), result.status(),
          result.statusReason(), basis.scoredState(), basis.answeredQuestions(), basis.ending(),
          basis.fraud(), basis.juryDecision(), basis.neutralizedQuestions(),
          basis.commentForCandidate(), basis.commentForOrganization(), basis.verificationCode(),
          scoring.theta(), scoring.standardError(), scoring.score(), scoring.scoreLow(),
          scoring.scoreHigh(), scoring.globalLevel(), scoring.competenceLevels(),
          scoring.countedAnswers());
    }

    CertificationResult result() {
      return new CertificationResult(sessionId, candidateId,
          new ResultBasis(scoredState, answeredQuestions, ending, fraud, juryDecision,
              neutralizedQuestions, commentForCandidate, commentForOrganization, verificationCode),
          new Revision(version, change, author, at), status, statusReason,
          new TestResult(theta, standardError, score, scoreLow, scoreHigh, globalLevel,
              competenceLevels, countedAnswers));
    }
  }

  public static String encode(CertificationResult result) {
    return RecordJson.encode(StoredResult.of(result));
  }

  public static CertificationResult decodeResult(String text) {
    return RecordJson.decode(text, StoredResult.class).result();
  }
}
