package org.certamen.server.shared;

/**
 * The store did not answer in time or is not reachable. The change asked for may or may not have
 * been applied; the client may retry (answers are idempotent). The HTTP layer answers 503
 * {@code STORE_UNAVAILABLE}.
 */
public final class StoreUnavailableException extends RuntimeException {
  public StoreUnavailableException(String detail, Throwable cause) {
    super(detail, cause);
  }
}
