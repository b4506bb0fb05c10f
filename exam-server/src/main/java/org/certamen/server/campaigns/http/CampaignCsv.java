package org.certamen.server.campaigns.http;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.certamen.engine.framework.Competence;
import org.certamen.engine.framework.CompetenceFramework;
import org.certamen.engine.positioning.Parcours;
import org.certamen.engine.positioning.Subject;
import org.certamen.engine.scoring.Certifiability;
import org.certamen.server.campaigns.domain.Participant;
import org.certamen.server.campaigns.domain.Sending;
import org.certamen.server.documents.SpreadsheetCsv;

/**
 * A campaign's exports, as schools open them in a spreadsheet ({@link SpreadsheetCsv}): an
 * assessment's results, one row per participant; a profile collection's profiles, one row per
 * sending. What was not sent reads {@value #NOT_APPLICABLE}.
 */
record CampaignCsv(CompetenceFramework framework, ZoneId zone) {
  static final String NOT_APPLICABLE = "NA";
  private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /**
   * Identity, class, status, date sent, mastery rate (%), tier, then the level reached in each
   * subject of the parcours, from the latest sending.
   */
  String results(Parcours parcours, List<Participant> participants) {
    List<String> header = new ArrayList<>(List.of("Nom", "Prénom", "Classe", "Statut",
        "Date d'envoi", "Taux de maîtrise (%)", "Palier"));
    parcours.subjects().forEach(s -> header.add("Niveau atteint " + s.competence() + " "
        + s.tube() + " (cible " + s.targetLevel() + ")"));
    SpreadsheetCsv csv = new SpreadsheetCsv().line(header);
    for (Participant participant : participants) {
      Optional<Sending> sent = participant.participation().latestSending();
      List<String> fields = identity(participant);
      fields.add(CampaignJsons.statusLabel(participant.participation().status()));
      fields.add(sent.map(s -> FRENCH_DATE.format(s.sentAt().atZone(zone))).orElse(""));
      fields.add(sent.map(s -> Long.toString(Math.round(s.masteryRate() * 100)))
          .orElse(NOT_APPLICABLE));
      fields.add(sent.map(s -> Integer.toString(Sending.tier(s.masteryRate())))
          .orElse(NOT_APPLICABLE));
      for (Subject subject : parcours.subjects()) {
        fields.add(sent.flatMap(s -> s.subjects().stream()
                .filter(r -> r.tube().equals(subject.tube())
                    && r.competence().equals(subject.competence())).findFirst())
            .map(r -> Integer.toString(r.reachedLevel())).orElse(NOT_APPLICABLE));
      }
      csv.line(fields);
    }
    return csv.toString();
  }

  /**
   * One row per sending (a participant who joined without sending: one row, « Non » and NA):
   * identity, class, sent, date sent, total pix, certifiable, then pix and level per competence.
   */
  String profiles(List<Participant> participants) {
    List<String> header = new ArrayList<>(List.of("Nom", "Prénom", "Classe", "Envoi (Oui/Non)",
        "Date d'envoi", "Nombre de pix total", "Certifiable (O/N)"));
    for (Competence competence : framework.competences()) {
      header.add("Pix " + competence.code());
      header.add("Niveau " + competence.code());
    }
    SpreadsheetCsv csv = new SpreadsheetCsv().line(header);
    for (Participant participant : participants) {
      List<Sending> sendings = participant.participation().sendings();
      if (sendings.isEmpty()) {
        List<String> fields = identity(participant);
        fields.addAll(List.of("Non", NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE));
        framework.competences().forEach(c -> fields.addAll(List.of(NOT_APPLICABLE,
            NOT_APPLICABLE)));
        csv.line(fields);
      }
      for (Sending sending : sendings) {
        List<String> fields = identity(participant);
        fields.addAll(List.of("Oui", FRENCH_DATE.format(sending.sentAt().atZone(zone)),
            Integer.toString(sending.totalPix()),
            Certifiability.isCertifiable(sending.pixByCompetence()) ? "O" : "N"));
        for (Competence competence : framework.competences()) {
          int pix = sending.pixByCompetence().getOrDefault(competence.code(), 0);
          fields.add(Integer.toString(pix));
          fields.add(Integer.toString(Certifiability.level(pix)));
        }
        csv.line(fields);
      }
    }
    return csv.toString();
  }

  private static List<String> identity(Participant participant) {
    return new ArrayList<>(List.of(SpreadsheetCsv.text(participant.pupil().lastName()),
        SpreadsheetCsv.text(participant.pupil().firstName()),
        SpreadsheetCsv.text(participant.pupil().division())));
  }
}
