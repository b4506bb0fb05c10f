package org.certamen.server.centre.domain;

import io.vertx.core.Future;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.certamen.server.mail.InvitationMailer;

/**
 * Delivers a link that must reach one mailbox only (a password reset, an activation): mailed when
 * the server has an SMTP server, else written in the server's log for whoever runs it. That log
 * line is the only place a link appears in a log, and only without SMTP. The mail is not waited
 * for, so that the answer comes as fast whether an address is known or not.
 */
record LinkDelivery(InvitationMailer mailer) {
  private static final Logger LOG = Logger.getLogger(LinkDelivery.class.getName());

  /**
   * @param what what the link is for, as the log says it ("password reset for x@y.fr")
   * @param mail sends the mail; called only when SMTP is configured
   */
  void deliver(String what, String link, Supplier<Future<Void>> mail) {
    if (!mailer.isConfigured()) {
      LOG.info("No SMTP server configured (--smtp-host): the " + what + " link is " + link);
      return;
    }
    mail.get().onFailure(failure ->
        LOG.log(Level.WARNING, "Could not mail the " + what + " link", failure));
  }
}
