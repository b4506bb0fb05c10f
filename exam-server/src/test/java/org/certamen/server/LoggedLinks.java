package org.certamen.server;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** What the server logs about the links it delivers (it writes them there without an SMTP server). */
final class LoggedLinks extends Handler implements AutoCloseable {
  private static final Logger LINKS = Logger.getLogger("org.certamen.server.centre.domain.LinkDelivery");

  private final List<String> lines = new CopyOnWriteArrayList<>();

  private LoggedLinks() {
  }

  /** Starts keeping the log's lines, until closed. */
  static LoggedLinks capture() {
    LoggedLinks links = new LoggedLinks();
    LINKS.addHandler(links);
    return links;
  }

  /** The lines logged so far, oldest first. */
  List<String> lines() {
    return List.copyOf(lines);
  }

  @Override
  public void publish(LogRecord record) {
    lines.add(record.getMessage());
  }

  @Override
  public void flush() {
  }

  @Override
  public void close() {
    LINKS.removeHandler(this);
  }
}
