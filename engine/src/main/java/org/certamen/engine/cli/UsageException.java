package org.certamen.engine.cli;

/** Bad command-line input: the message names the option, file line or field at fault. */
final class UsageException extends Exception {
  UsageException(String message) {
    super(message);
  }
}
