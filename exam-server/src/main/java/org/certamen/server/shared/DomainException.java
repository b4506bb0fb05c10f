package org.certamen.server.shared;

import java.util.List;

/**
 * A refusal the client can act on: a stable {@code code} (for example {@code STALE_QUESTION}),
 * a {@link ErrorKind} and a human detail. Nothing was changed when a use case fails with one.
 */
public final class DomainException extends RuntimeException {
  private final String code;
  private final ErrorKind kind;
  private final List<FieldError> errors;

  public DomainException(ErrorKind kind, String code, String detail) {
    this(kind, code, detail, List.of());
  }

  /** A refusal listing every problem found, so that the client can fix them all at once. */
  public DomainException(ErrorKind kind, String code, String detail, List<FieldError> errors) {
    super(detail, null, false, false);
    this.kind = kind;
    this.code = code;
    this.errors = List.copyOf(errors);
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

  /** Every problem found, or empty when the detail says it all. */
  public List<FieldError> errors() {
    return errors;
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
