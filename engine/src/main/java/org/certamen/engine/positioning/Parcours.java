package org.certamen.engine.positioning;

import java.util.List;

/**
 * A named set of subjects a campaign assesses, shown to teachers under its {@code category}. The
 * {@code id} is stable (campaigns refer to it); names and descriptions are in French.
 */
public record Parcours(String id, String name, String category, String description,
    List<Subject> subjects) {

  public Parcours {
    subjects = List.copyOf(subjects);
  }
}
