package org.certamen.server.mail;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.StartTLSOptions;

/** Mails invitation links, in French, through the SMTP server given by the options. */
public final class SmtpInvitationMailer implements InvitationMailer {
  private final MailClient client;
  private final String from;

  public SmtpInvitationMailer(Vertx vertx, String host, int port, String from) {
    this.client = MailClient.createShared(vertx, new MailConfig()
        .setHostname(host)
        .setPort(port)
        .setStarttls(StartTLSOptions.OPTIONAL), "certamen-invitations");
    this.from = from;
  }

  @Override
  public boolean isConfigured() {
    return true;
  }

  @Override
  public Future<Void> send(String centreName, String email, String link) {
    return invite(email, "Invitation à rejoindre " + centreName + " sur Certamen",
        "Vous êtes invité(e) à rejoindre l'espace de " + centreName
            + " sur Certamen, pour organiser les sessions de certification.", link);
  }

  @Override
  public Future<Void> sendToStaff(String email, String link) {
    return invite(email, "Invitation à la console de l'équipe Certamen",
        "Un compte vous est ouvert sur la console de l'équipe Certamen, pour traiter les"
            + " sessions de certification et publier leurs résultats.", link);
  }

  /** One invitation's mail: why they are invited, then the link and how long it lasts. */
  private Future<Void> invite(String email, String subject, String purpose, String link) {
    MailMessage message = new MailMessage()
        .setFrom(from)
        .setTo(email)
        .setSubject(subject)
        .setText(String.join("\n",
            "Bonjour,",
            "",
            purpose,
            "",
            "Pour choisir votre mot de passe, ouvrez ce lien (valable 7 jours) :",
            link,
            "",
            "Si vous n'attendiez pas cette invitation, ignorez ce message."));
    return client.sendMail(message).mapEmpty();
  }
}
