package org.certamen.server.shared;

import io.vertx.core.Future;
import java.util.Locale;

/** Where a session stands, as the centre's pages show it; the API sends the lower-case name. */
public enum SessionStage {
  /** Planned; no candidate has entered yet. */
  PLANNED,
  /** At least one candidate entered (or was marked absent); not finalised. */
  UNDERWAY,
  /** Finalised: closed, results waiting for publication. */
  FINALIZED,
  /** Results published. */
  PUBLISHED;

  /** The stage of a session; the results context, which finalises and publishes, provides it. */
  @FunctionalInterface
  public interface Lookup {
    /** Fails only when the store is unreachable. */
    Future<SessionStage> of(String sessionId);
  }

  /** The name the API uses: {@code planned}, {@code underway}, {@code finalized}, {@code published}. */
  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** A session that is finalised or published can no longer change. */
  public boolean isClosed() {
    return this == FINALIZED || this == PUBLISHED;
  }
}
