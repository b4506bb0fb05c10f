package org.certamen.server.exam.domain;

import org.certamen.server.shared.DomainException;

/** A dotted version such as {@code 1.4.2}, compared number by number (1.10 is after 1.9). */
public final class ExtensionVersion {
  private final int[] parts;
  private final String text;

  private ExtensionVersion(int[] parts, String text) {
    this.parts = parts;
    this.text = text;
  }

  /** @throws DomainException {@code INVALID_FIELD} (naming the field) when not dotted numbers */
  public static ExtensionVersion parse(String text, String field) {
    String[] pieces = text.strip().split("\\.", -1);
    int[] parts = new int[pieces.length];
    for (int i = 0; i < pieces.length; i++) {
      if (!pieces[i].matches("\\d{1,9}")) {
        throw DomainException.invalid("INVALID_FIELD",
            "Field '" + field + "' must be a version like 1.2.0, not '" + text + "'");
      }
      parts[i] = Integer.parseInt(pieces[i]);
    }
    return new ExtensionVersion(parts, text.strip());
  }

  /** True when this version is older than the other (missing parts count as 0). */
  public boolean isBefore(ExtensionVersion other) {
    for (int i = 0; i < Math.max(parts.length, other.parts.length); i++) {
      int a = i < parts.length ? parts[i] : 0;
      int b = i < other.parts.length ? other.parts[i] : 0;
      if (a != b) {
        return a < b;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return text;
  }
}
