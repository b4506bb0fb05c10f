package org.certamen.server.results.domain;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Finalisations and the append-only history of certification results. Every write that must not
 * race is one atomic step of the store. Futures fail only when the store is unreachable.
 */
public interface ResultRepository {

  /** What {@link #append} did. */
  enum Append {
    /** The version is stored. */
    STORED,
    /** Another version was appended since the one the caller read: nothing stored. */
    CONFLICT,
    /** The session's results are published, hence frozen: nothing stored. */
    PUBLISHED
  }

  /** Stores a session's finalisation; the future holds false (nothing changes) when one exists. */
  Future<Boolean> saveFinalization(Finalization finalization);

  /** The finalisation of a session, with its publication; empty while not finalised. */
  Future<Optional<Finalization>> findFinalization(String sessionId);

  /** Every finalised session, oldest finalisation first, published or not. */
  Future<List<Finalization>> listFinalizations();

  /** Publishes a finalised session's results; false (nothing changes) when already published. */
  Future<Boolean> publish(String sessionId, Instant at, String by);

  /**
   * Appends a version of a candidate's result, atomically: only when the latest stored version is
   * {@code result.version() - 1} (0: none) and the session is not published.
   */
  Future<Append> append(CertificationResult result);

  /** Every version of every result of the session, each candidate's in version order. */
  Future<List<CertificationResult>> history(String sessionId);

  /**
   * Remembers which result a verification code belongs to; false (nothing changes) when the code
   * is already taken.
   */
  Future<Boolean> registerCertificate(String verificationCode, String sessionId, String candidateId);

  /** Whose result a verification code is; empty for an unknown code. */
  Future<Optional<CertifiedCandidate>> findCertificate(String verificationCode);
}
