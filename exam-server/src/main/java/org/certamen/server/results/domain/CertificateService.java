package org.certamen.server.results.domain;

import io.vertx.core.Future;
import java.util.Locale;
import org.certamen.engine.scoring.TestResult;
import org.certamen.server.limits.domain.RateLimiter;
import org.certamen.server.planning.domain.Candidate;
import org.certamen.server.shared.DomainException;

/**
 * Anyone can check a certificate by its verification code. Futures fail with
 * {@link DomainException}: {@code CERTIFICATE_NOT_FOUND}, {@code TOO_MANY_ATTEMPTS}.
 */
public record CertificateService(ResultRepository results, ScoredSessions sessions,
    RateLimiter limiter) {
  /** The rate-limit scope of certificate checks, which belong to no session. */
  static final String CERTIFICATE_SCOPE = "certificates";

  /**
   * What a verification code certifies: only a published, validated result. Any other code fails
   * with {@code CERTIFICATE_NOT_FOUND}, whatever the reason, and counts towards the caller's
   * rate limit.
   */
  public Future<Certificate> certificate(String verificationCode, String clientAddress) {
    String code = verificationCode.strip().toUpperCase(Locale.ROOT);
    return limiter.guard(CERTIFICATE_SCOPE, "certificate:" + clientAddress, () -> lookUp(code),
        RateLimiter.codes("CERTIFICATE_NOT_FOUND"));
  }

  private Future<Certificate> lookUp(String code) {
    DomainException notFound = DomainException.notFound("CERTIFICATE_NOT_FOUND",
        "No published certificate has the code " + code);
    return results.findCertificate(code).compose(found -> {
      if (found.isEmpty()) {
        return Future.failedFuture(notFound);
      }
      String sessionId = found.get().sessionId();
      String candidateId = found.get().candidateId();
      return sessions.results(sessionId, false).recover(failure -> Future.failedFuture(notFound))
          .map(all -> {
            CandidateResult line = all.results().stream()
                .filter(r -> r.candidate().id().equals(candidateId) && r.result().isValidated())
                .findFirst().orElseThrow(() -> notFound);
            Candidate candidate = line.candidate();
            TestResult scored = line.result().scoring();
            return new Certificate(code, candidate.firstName(), candidate.lastName(),
                candidate.birthdate(), all.session().date(), all.session().centre(),
                scored.score(), scored.globalLevel(), scored.competenceLevels());
          });
    });
  }
}
