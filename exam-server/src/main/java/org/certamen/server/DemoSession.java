package org.certamen.server;

import io.vertx.core.Future;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.certamen.server.centre.domain.CentreService;
import org.certamen.server.centre.domain.CentreType;
import org.certamen.server.documents.SessionDocuments;
import org.certamen.server.planning.domain.Candidate;
import org.certamen.server.planning.domain.Enrolment;
import org.certamen.server.planning.domain.EnrolmentService;
import org.certamen.server.planning.domain.PlannedSession;
import org.certamen.server.shared.DomainException;
import org.certamen.server.shared.RandomIds;
import org.certamen.server.staff.domain.StaffService;

/**
 * What {@code --demo} creates: a school with an administrator account, a session today planned by
 * the school and 20 enrolled pupils, so a newcomer can take an exam, supervise it and try the
 * centre's app in a browser right after cloning.
 *
 * @param administratorPassword the password of {@link #ADMINISTRATOR}, generated at each start
 */
public record DemoSession(PlannedSession planned, List<Candidate> candidates,
    String administratorPassword, String staffPassword) {
  /** The demo school's administrator, who logs in to the centre's app. */
  public static final String ADMINISTRATOR = "direction@college-demo.fr";
  /** The demo's staff admin, who logs in to the staff's console. */
  public static final String STAFF_ADMIN = "admin@certamen-demo.fr";

  /** A tiers-temps is a third more time. */
  private static final int TIERS_TEMPS_PERCENT = 33;

  private static final String[][] PUPILS = {
      {"Martin", "Léa"}, {"Bernard", "Hugo"}, {"Dubois", "Chloé"}, {"Thomas", "Lucas"},
      {"Robert", "Emma"}, {"Richard", "Nathan"}, {"Petit", "Manon"}, {"Durand", "Louis"},
      {"Leroy", "Inès"}, {"Moreau", "Gabriel"}, {"Simon", "Jade"}, {"Laurent", "Raphaël"},
      {"Lefèvre", "Zoé"}, {"Michel", "Arthur"}, {"Garcia", "Camille"}, {"David", "Jules"},
      {"Bertrand", "Louise"}, {"Roux", "Adam"}, {"Vincent", "Lina"}, {"Fournier", "Noé"}};

  /**
   * Creates the school and its administrator, or takes them over with a new password when the
   * store already holds them (a restart on Redis); then plans a session on {@code today}, enrols
   * the pupils and creates the staff administrator.
   */
  public static Future<DemoSession> create(CentreService centres, StaffService staff,
      EnrolmentService enrolment, LocalDate today) {
    String password = RandomIds.code(12);
    String staffPassword = RandomIds.code(16);
    return centres.reinvite(ADMINISTRATOR)
        .recover(notYet -> isMemberNotFound(notYet)
            ? centres.create("Collège Victor Hugo (démo)", null, CentreType.SCHOOL, ADMINISTRATOR, "")
            : Future.failedFuture(notYet))
        .compose(invited -> centres.accept(invited.invitation().token(), password))
        .compose(administrator -> centres.login(ADMINISTRATOR, password, "demo"))
        .compose(login -> centres.authenticate(login.value()))
        .compose(administrator -> centres.plan(administrator, "1 place de la République, Lyon",
            "Salle informatique B12", "Mme Durand", today, LocalTime.of(9, 0), 1))
        .compose(planned -> enrolPupils(enrolment, planned.session().id())
            .compose(pupils -> staff.createAdmin(STAFF_ADMIN, staffPassword)
                .map(admin -> new DemoSession(planned, pupils, password, staffPassword))));
  }

  private static boolean isMemberNotFound(Throwable failure) {
    return failure instanceof DomainException e && e.code().equals("MEMBER_NOT_FOUND");
  }

  private static Future<List<Candidate>> enrolPupils(EnrolmentService enrolment, String sessionId) {
    List<Future<Candidate>> enrolled = new ArrayList<>();
    for (int i = 0; i < PUPILS.length; i++) {
      enrolled.add(enrolment.enrol(sessionId, new Enrolment(PUPILS[i][0], PUPILS[i][1],
          LocalDate.of(2011, 1 + i % 12, 3 + i), i < 10 ? "3e A" : "3e B",
          String.format("%09d%s", 120450000 + i, "AB"), i == 4 ? TIERS_TEMPS_PERCENT : 0, i == 4,
          null)));
    }
    return Future.all(enrolled).map(all -> all.list());
  }

  /** How to use the demo, in French then English. */
  public String describe(String baseUrl) {
    StringBuilder text = new StringBuilder()
        .append("Session de démonstration / Demo session\n")
        .append("  Page candidat / Candidate page:             ").append(baseUrl).append("/exam/\n")
        .append("  Page surveillant / Invigilator page:        ").append(baseUrl).append("/invigilator/\n")
        .append("  Extension (obligatoire pour composer / required to take the exam): chrome://extensions,\n")
        .append("    mode développeur, « Charger l'extension non empaquetée » : dossier browser-extension/\n")
        .append("    (developer mode, \"Load unpacked\": folder browser-extension/)\n")
        .append("  Vérification de l’extension / Extension check: ").append(baseUrl)
        .append(SessionDocuments.EXTENSION_CHECK_PAGE).append('\n')
        .append("  Numéro de session / Session number:         ").append(planned.session().id()).append('\n')
        .append("  Code d'accès / Access code:                 ").append(planned.session().accessCode()).append('\n')
        .append("  Mot de passe surveillant / Invigilator password: ")
        .append(planned.invigilatorPassword()).append('\n')
        .append("  Espace centre / Centre's app:               ").append(baseUrl)
        .append("/invigilator/ (").append(ADMINISTRATOR).append(", mot de passe / password ")
        .append(administratorPassword).append(")\n")
        .append("  Console de l'équipe / Staff's console:      ").append(baseUrl)
        .append("/staff/ (").append(STAFF_ADMIN).append(", mot de passe / password ")
        .append(staffPassword).append(")\n")
        .append("  Candidats (nom, prénom, date de naissance) / Candidates (last name, first name, birth date):\n");
    for (Candidate candidate : candidates) {
      text.append(String.format("    %-10s %-9s %s%s%n", candidate.lastName(), candidate.firstName(),
          candidate.birthdate(), candidate.extraTimePercentage() > 0
              ? "  (tiers-temps : " + candidate.extraTimePercentage() + " % de temps en plus / extra time "
                  + candidate.extraTimePercentage() + " %)" : ""));
    }
    return text.toString();
  }
}
