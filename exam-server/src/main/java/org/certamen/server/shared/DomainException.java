package org.certamen.server.shared;

/**
 * A refusal the client can act on: a stable {@code code} (for example {@code STALE_QUESTION}),
 * a {@link ErrorKind} and a human detail. Nothing was changed when a use case fails with one.
 */
public final class DomainException extends RuntimeException {
  private final String code;
  private final ErrorKind kind;

  public DomainException(ErrorKind kind, String code, String detail) {
    super(detail, null, false, false);
    this.kind = kind;
    this.code = code;
  }

  public String code() {
    return code;
  }

  public ErrorKind kind() {
    return kind;
  }

  public String detail() {
    return getMessage();
  }

  public static DomainException invalid(String code, String detail) {
    return new DomainException(ErrorKind.INVALID_INPUT, code, detail);
  }

  public static DomainException notFound(String code, String detail) {
    return new DomainException(ErrorKind.NOT_FOUND, code, detail);
  }

  public static DomainException conflict(String code, String detail) {
    return new DomainException(ErrorKind.CONFLICT, code, detail);
  }

  public static DomainException forbidden(String code, String detail) {
    return new DomainException(ErrorKind.FORBIDDEN, code, detail);
  }
}
