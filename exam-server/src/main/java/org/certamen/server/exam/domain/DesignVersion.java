package org.certamen.server.exam.domain;

import org.certamen.engine.TestDesign;

/**
 * The rules a test started under: the design's name ({@code certamen}, {@code pix-v3}) and the
 * bank's version. A test continues only under the same rules: its stored state names items and
 * an estimate that mean something only for them.
 */
public record DesignVersion(String design, String bankVersion) {

  public static DesignVersion of(TestDesign design) {
    return new DesignVersion(design.name(), design.bank().version());
  }

  @Override
  public String toString() {
    return "conception « " + design + " », banque « " + bankVersion + " »";
  }
}
