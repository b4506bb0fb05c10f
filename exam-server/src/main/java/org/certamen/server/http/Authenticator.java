package org.certamen.server.http;

import io.vertx.core.Future;

/**
 * One kind of bearer token, issued and checked by the context that owns it (staff accounts,
 * centre members, a session's access tokens). This package knows none of them: each context plugs
 * its kind in, and {@link Guards} asks the kind that recognises a token whether it opens a
 * session.
 */
public interface Authenticator {

  /** What a session route lets a caller do. */
  enum Use {
    /** Change the session's plan and enrolment: staff, and the centre that planned it. */
    PLAN,
    /** Watch and act on the session: those, and the session's invigilator. */
    SUPERVISE
  }

  /** Whether the token has this kind's shape; says nothing of whether it is still valid. */
  boolean recognises(String token);

  /**
   * Who holds the token, when it opens that session for that use. Fails with
   * {@code INVALID_TOKEN} (401) for a token no longer valid, {@code FORBIDDEN_SCOPE} (403) for
   * one that does not open the session.
   */
  Future<Guards.Supervisor> open(String token, String sessionId, Use use);

  /**
   * Refuses a token of this kind on a route that needs another kind: {@code FORBIDDEN_SCOPE},
   * unless the kind first tells that the token is no longer valid.
   */
  default <T> Future<T> refuse(String token) {
    return Future.failedFuture(Guards.forbidden());
  }
}
