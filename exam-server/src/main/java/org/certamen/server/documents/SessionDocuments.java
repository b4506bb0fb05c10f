package org.certamen.server.documents;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.certamen.server.planning.domain.Candidate;
import org.certamen.server.planning.domain.Session;

/** The documents the invigilator takes into the room, as PDF, in French. */
public final class SessionDocuments {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  /** French writes times as « 9 h 00 ». */
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H 'h' mm");
  /** Where pupils and the school's IT staff check the extension before the day. */
  public static final String EXTENSION_CHECK_PAGE = "/exam/verification/";
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
      return pdf.heading("Feuille d’émargement")
          .field("Session", session.id())
          .field("Centre", session.centre())
          .field("Adresse", session.address())
          .field("Salle", session.room())
          .field("Date", DAY.format(session.date()) + " à " + TIME.format(session.time()))
          .field("Surveillance", session.examiner())
          .field("Personnes inscrites", String.valueOf(candidates.size()))
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
      return pdf.heading("Informations d’accès à la session")
          .field("Centre", session.centre())
          .field("Salle", session.room() + ", " + session.address())
          .field("Date", DAY.format(session.date()) + " à " + TIME.format(session.time()))
          .space(10)
          .field("Numéro de session", session.id())
          .field("Code d’accès (à donner au début du test)", session.accessCode())
          .field("Mot de passe surveillant", invigilatorPassword == null
              ? "communiqué à la création de la session" : invigilatorPassword)
          .space(10)
          .field("Page du test", baseUrl + "/exam/")
          .field("Page de surveillance", baseUrl + "/invigilator/")
          .field("Vérification de l’extension", baseUrl + EXTENSION_CHECK_PAGE)
          .space(10)
          .text("Avant le jour du test, ouvrez la page de vérification de l’extension dans le navigateur"
              + " de chaque poste : elle indique si l’extension Certamen est installée, activée et à"
              + " jour, et sinon ce qu’il faut faire.")
          .space(6)
          .text("Le jour du test, la personne qui surveille se connecte à la page de surveillance avec le"
              + " numéro de session et le mot de passe surveillant. Les élèves saisissent le numéro de"
              + " session et leur identité sur la page du test, puis, une fois leur présence"
              + " confirmée, le code d’accès. Ne communiquez pas le mot de passe surveillant aux"
              + " élèves.")
          .toBytes();
    }
  }
}
