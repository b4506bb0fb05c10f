package org.certamen.server.exam.domain;

import io.vertx.core.Future;
import org.certamen.server.planning.domain.Candidate;

/**
 * Who may enter the certification on the day, beyond being enrolled: a school lets in only its
 * certifiable pupils. The roster context provides it.
 */
@FunctionalInterface
public interface EntryGate {

  /** Succeeds when the candidate may enter; else fails with a 403 {@code NOT_CERTIFIABLE}. */
  Future<Void> admit(Candidate candidate);

  /** Everyone enrolled enters. */
  static EntryGate open() {
    return candidate -> Future.succeededFuture();
  }
}
