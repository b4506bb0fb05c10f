package org.certamen.server.shared;

/** What kind of refusal a {@link DomainException} is; the HTTP layer maps each kind to one status. */
public enum ErrorKind {
  INVALID_INPUT,
  UNAUTHENTICATED,
  FORBIDDEN,
  NOT_FOUND,
  CONFLICT,
  PAYLOAD_TOO_LARGE,
  TOO_MANY_ATTEMPTS
}
