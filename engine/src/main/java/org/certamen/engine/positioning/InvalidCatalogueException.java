package org.certamen.engine.positioning;

import java.util.List;

/** A parcours catalogue refused whole; each problem names the parcours and the subject. */
public final class InvalidCatalogueException extends IllegalArgumentException {
  private final List<String> problems;

  public InvalidCatalogueException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
