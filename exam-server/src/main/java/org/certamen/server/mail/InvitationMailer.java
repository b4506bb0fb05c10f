package org.certamen.server.mail;

import io.vertx.core.Future;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends links by e-mail (invitations, password resets, activations), when the server has an SMTP
 * server to do it.
 */
public interface InvitationMailer {

  /** Whether invitations are mailed at all; when false, {@link #send} is never called. */
  boolean isConfigured();

  /** Mails the link to the invited address; the future fails when the SMTP server refused it. */
  Future<Void> send(String centreName, String email, String link);

  /** Mails a staff account's invitation link; fails when the SMTP server refused it. */
  Future<Void> sendToStaff(String email, String link);

  /** Mails a member's single-use link to choose a new password; fails when refused. */
  Future<Void> sendPasswordReset(String email, String link);

  /** Mails the link that activates a school's space to its official address; fails when refused. */
  Future<Void> sendActivation(String schoolName, String email, String link);

  /**
   * Sends a mail with {@code send} when SMTP is configured, and tells whether it went. A refused
   * mail is logged, not failed: whoever sent the link still sees it.
   *
   * @param what what the mail is, as the log says it ("a staff invitation")
   */
  default Future<Boolean> sendIfConfigured(String what, Supplier<Future<Void>> send) {
    if (!isConfigured()) {
      return Future.succeededFuture(false);
    }
    return send.get().map(true).recover(failure -> {
      Logger.getLogger(InvitationMailer.class.getName())
          .log(Level.WARNING, "Could not mail " + what, failure);
      return Future.succeededFuture(false);
    });
  }

  /** A mailer for servers without SMTP: the link is only shown to the sender. */
  static InvitationMailer none() {
    return new InvitationMailer() {
      @Override
      public boolean isConfigured() {
        return false;
      }

      @Override
      public Future<Void> send(String centreName, String email, String link) {
        return Future.failedFuture(new IllegalStateException("No SMTP server configured"));
      }

      @Override
      public Future<Void> sendToStaff(String email, String link) {
        return send(null, email, link);
      }

      @Override
      public Future<Void> sendPasswordReset(String email, String link) {
        return send(null, email, link);
      }

      @Override
      public Future<Void> sendActivation(String schoolName, String email, String link) {
        return send(schoolName, email, link);
      }
    };
  }
}
