package org.certamen.server.mail;

import io.vertx.core.Future;

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
