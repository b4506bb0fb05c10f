package org.certamen.server.documents;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.certamen.server.enrolment.domain.Candidate;
import org.certamen.server.enrolment.domain.Session;

/** The documents the invigilator takes into the room, as PDF, in French. */
public final class SessionDocuments {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final float[] SHEET_COLUMNS = {0.23f, 0.19f, 0.14f, 0.1f, 0.1f, 0.24f};

  private SessionDocuments() {
  }

  /**
   * The attendance sheet: one ruled row per candidate, by name, with room for a signature and an
   * absence column, filled for those already marked absent and left for the invigilator's hand.
   *
   * @param absent ids of the candidates marked absent
   */
  public static byte[] attendanceSheet(Session session, List<Candidate> candidates,
      Set<String> absent) {
    List<List<String>> rows = candidates.stream()
        .sorted(Comparator.comparing(Candidate::lastName).thenComparing(Candidate::firstName))
        .map(c -> List.of(c.lastName(), c.firstName(), DAY.format(c.birthdate()),
            c.division() == null ? "" : c.division(), absent.contains(c.id()) ? "absent·e" : "",
            ""))
        .toList();
    try (PdfWriter pdf = new PdfWriter()) {
      return pdf.heading("Feuille d'émargement")
          .field("Session", session.id())
          .field("Centre", session.centre())
          .field("Adresse", session.address())
          .field("Salle", session.room())
          .field("Date", DAY.format(session.date()) + " à " + session.time())
          .field("Surveillant(e)", session.examiner())
          .field("Candidats inscrits", String.valueOf(candidates.size()))
          .field("Absences notées", String.valueOf(absent.size()))
          .space(12)
          .table(List.of("Nom", "Prénom", "Naissance", "Classe", "Absence", "Signature"), rows,
              SHEET_COLUMNS, 28)
          .toBytes();
    }
  }

  /**
   * What the invigilator needs to open the session and let candidates in.
   *
   * @param invigilatorPassword null when the server does not know it (a session planned by staff)
   */
  public static byte[] accessInformation(Session session, String invigilatorPassword,
      String baseUrl) {
    try (PdfWriter pdf = new PdfWriter()) {
      return pdf.heading("Informations d'accès à la session")
          .field("Centre", session.centre())
          .field("Salle", session.room() + ", " + session.address())
          .field("Date", DAY.format(session.date()) + " à " + session.time())
          .space(10)
          .field("Numéro de session", session.id())
          .field("Code d'accès (à donner aux candidats au début du test)", session.accessCode())
          .field("Mot de passe surveillant", invigilatorPassword == null
              ? "communiqué à la création de la session" : invigilatorPassword)
          .space(10)
          .field("Page des candidats", baseUrl + "/exam/")
          .field("Page du surveillant", baseUrl + "/invigilator/")
          .space(10)
          .text("Le surveillant se connecte avec le numéro de session et le mot de passe surveillant.")
          .text("Les candidats saisissent le numéro de session et leur identité, puis le code d'accès")
          .text("une fois autorisés. Ne communiquez pas le mot de passe surveillant aux candidats.")
          .toBytes();
    }
  }
}
