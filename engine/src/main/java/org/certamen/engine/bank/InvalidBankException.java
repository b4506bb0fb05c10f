package org.certamen.engine.bank;

import java.util.List;

/** A bank file that was refused whole, with every problem found (item id and field named). */
public final class InvalidBankException extends Exception {
  private final List<String> problems;

  public InvalidBankException(List<String> problems) {
    super(problems.size() + " problem(s) in the bank:\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
