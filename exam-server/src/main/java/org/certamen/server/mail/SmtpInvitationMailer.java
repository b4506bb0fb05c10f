package org.certamen.server.mail;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.StartTLSOptions;

/** Mails invitation, password reset and activation links, in French, through the SMTP server given by the options. */
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

  @Override
  public Future<Void> sendPasswordReset(String email, String link) {
    return mail(email, "Nouveau mot de passe pour Certamen",
        "Vous avez demandé à choisir un nouveau mot de passe pour votre espace Certamen.",
        "Pour le choisir, ouvrez ce lien (valable une heure, une seule fois) :", link,
        "Si vous n'avez rien demandé, ignorez ce message : votre mot de passe ne change pas.");
  }

  @Override
  public Future<Void> sendActivation(String schoolName, String email, String link) {
    return mail(email, "Activation de l'espace de " + schoolName + " sur Certamen",
        "L'activation de l'espace de " + schoolName + " sur Certamen a été demandée. Ce lien"
            + " fait de la personne qui l'ouvre l'administratrice ou l'administrateur de"
            + " l'espace de l'établissement.",
        "Pour l'activer et choisir votre mot de passe, ouvrez ce lien (valable 24 heures) :",
        link, "Si vous n'avez rien demandé, ignorez ce message.");
  }

  /** One invitation's mail: why they are invited, then the link and how long it lasts. */
  private Future<Void> invite(String email, String subject, String purpose, String link) {
    return mail(email, subject, purpose,
        "Pour choisir votre mot de passe, ouvrez ce lien (valable 7 jours) :", link,
        "Si vous n'attendiez pas cette invitation, ignorez ce message.");
  }

  /** A mail that explains why it is sent, then gives the link and what to do if unexpected. */
  private Future<Void> mail(String email, String subject, String purpose, String action,
      String link, String unexpected) {
    MailMessage message = new MailMessage()
        .setFrom(from)
        .setTo(email)
        .setSubject(subject)
        .setText(String.join("\n",
            "Bonjour,",
            "",
            purpose,
            "",
            action,
            link,
            "",
            unexpected));
    return client.sendMail(message).mapEmpty();
  }
}
