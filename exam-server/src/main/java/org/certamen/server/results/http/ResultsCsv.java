package org.certamen.server.results.http;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.certamen.engine.framework.Competence;
import org.certamen.engine.framework.CompetenceFramework;
import org.certamen.server.documents.SpreadsheetCsv;
import org.certamen.server.planning.domain.Candidate;
import org.certamen.server.results.domain.CandidateResult;
import org.certamen.server.results.domain.CertificationResult;
import org.certamen.server.results.domain.ResultStatus;
import org.certamen.server.results.domain.SessionResults;

/** The results file schools archive, written as a {@link SpreadsheetCsv}. */
record ResultsCsv(CompetenceFramework framework) {
  static final String NOT_APPLICABLE = "-";
  /** The status of a candidate who never started. */
  static final String ABSENT = "Absence";
  private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /**
   * One row per candidate: results first, then the absent. Only a validated certification has a
   * number (the check refuses any other); a rejection or cancellation says why.
   */
  String write(SessionResults results) {
    return write(List.of(results));
  }

  /** The rows of several sessions under one header, each session's as {@link #write} orders them. */
  String write(List<SessionResults> sessions) {
    SpreadsheetCsv csv = new SpreadsheetCsv();
    List<String> header = new ArrayList<>(List.of("N° de certification", "Prénom", "Nom",
        "Date de naissance", "Classe", "Identifiant externe", "Statut", "Motif", "Score"));
    framework.competences().forEach(c -> header.add(c.code()));
    header.addAll(List.of("Commentaire du jury pour l'établissement", "N° de session",
        "Date de passage"));
    csv.line(header);
    sessions.forEach(results -> rows(csv, results));
    return csv.toString();
  }

  private void rows(SpreadsheetCsv csv, SessionResults results) {
    for (CandidateResult line : results.results()) {
      CertificationResult result = line.result();
      boolean validated = result.isValidated();
      List<String> fields = identity(validated ? result.basis().verificationCode() : "",
          line.candidate());
      fields.addAll(List.of(status(result.status()), reason(result.statusReason()),
          validated ? Integer.toString(result.scoring().score()) : NOT_APPLICABLE));
      for (Competence competence : framework.competences()) {
        Integer level = result.scoring().competenceLevels().get(competence.code());
        fields.add(validated && level != null ? level.toString() : NOT_APPLICABLE);
      }
      fields.add(text(result.basis().commentForOrganization()));
      csv.line(session(fields, results));
    }
    for (Candidate absent : results.absent()) {
      List<String> fields = identity("", absent);
      fields.addAll(List.of(ABSENT, "N'a pas commencé le test", NOT_APPLICABLE));
      framework.competences().forEach(c -> fields.add(NOT_APPLICABLE));
      fields.add("");
      csv.line(session(fields, results));
    }
  }

  private static List<String> identity(String certificationNumber, Candidate candidate) {
    return new ArrayList<>(List.of(certificationNumber, text(candidate.firstName()),
        text(candidate.lastName()), candidate.birthdate().format(FRENCH_DATE),
        text(candidate.division()), text(candidate.externalId())));
  }

  private static List<String> session(List<String> fields, SessionResults results) {
    fields.add(results.session().id());
    fields.add(results.session().date().format(FRENCH_DATE));
    return fields;
  }

  /** Why a certification is not validated, as a school reads it; empty when validated. */
  static String reason(String statusReason) {
    if (statusReason == null) {
      return "";
    }
    return switch (statusReason) {
      case "CANCELLED_BY_JURY" -> "Annulée par le jury (voir son commentaire)";
      case "REJECTED_BY_JURY" -> "Rejetée par le jury (voir son commentaire)";
      case "FRAUD" -> "Fraude signalée au procès-verbal";
      case "TECHNICAL_TOO_FEW_ANSWERS" -> "Moins de 20 réponses, après un problème technique";
      case "TOO_FEW_ANSWERS" -> "Moins de 20 réponses";
      case "ZERO_SCORE" -> "Score nul";
      default -> statusReason;
    };
  }

  static String status(ResultStatus status) {
    return switch (status) {
      case VALIDATED -> "Validée";
      case REJECTED -> "Rejetée";
      case CANCELLED -> "Annulée";
    };
  }

  private static String text(String value) {
    return SpreadsheetCsv.text(value);
  }
}
