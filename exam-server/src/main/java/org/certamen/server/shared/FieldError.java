package org.certamen.server.shared;

/** One problem of a request that is refused as a whole, named by the field it is about. */
public record FieldError(String field, String detail) {
}
