package org.certamen.server;

import io.vertx.core.Future;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.certamen.server.centre.domain.CentreService;
import org.certamen.server.centre.domain.CentreType;
import org.certamen.server.documents.SessionDocuments;
import org.certamen.server.planning.domain.Candidate;
import org.certamen.server.planning.domain.CandidateImports;
import org.certamen.server.planning.domain.Enrolment;
import org.certamen.server.planning.domain.EnrolmentService;
import org.certamen.server.planning.domain.PlannedSession;
import org.certamen.server.planning.domain.PupilEnrolment;
import org.certamen.server.roster.domain.ProfileImports;
import org.certamen.server.roster.domain.Pupil;
import org.certamen.server.roster.domain.RosterImports;
import org.certamen.server.roster.domain.RosterService;
import org.certamen.server.shared.DomainException;
import org.certamen.server.shared.RandomIds;
import org.certamen.server.staff.domain.StaffService;

/**
 * What {@code --demo} creates: a school with an administrator account, its roster of 20 pupils
 * with their profiles (18 certifiable, one « Non certifiable », one « Non communiqué », so the
 * rule at entry can be seen), a session today planned by the school and the 20 pupils enrolled
 * from the roster, so a newcomer can take an exam, supervise it and try the centre's app in a
 * browser right after cloning.
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
  /** The pupil whose profile has too few competences at level 1. */
  static final int NOT_CERTIFIABLE = 18;
  /** The pupil who never shared a profile. */
  static final int NO_PROFILE = 19;

  /** The roster's use cases the demo goes through, as a school would. */
  public record Roster(RosterImports imports, ProfileImports profiles, RosterService pupils,
      PupilEnrolment enrolment) {
  }

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
      EnrolmentService enrolment, Roster roster, LocalDate today) {
    String password = RandomIds.code(12);
    String staffPassword = RandomIds.code(16);
    return centres.reinvite(ADMINISTRATOR)
        .recover(notYet -> isMemberNotFound(notYet)
            ? centres.create("Collège Victor Hugo (démo)", null, CentreType.SCHOOL, ADMINISTRATOR, "")
            : Future.failedFuture(notYet))
        .compose(invited -> centres.accept(invited.invitation().token(), password))
        .compose(administrator -> centres.login(ADMINISTRATOR, password, "demo"))
        .compose(login -> centres.authenticate(login.value()))
        .compose(administrator -> fillRoster(roster, administrator.centreId())
            .compose(ok -> centres.plan(administrator, "1 place de la République, Lyon",
                "Salle informatique B12", "Mme Durand", today, LocalTime.of(9, 0), 1))
            .compose(planned -> enrolPupils(roster, enrolment, administrator.centreId(),
                planned.session().id()).map(planned)))
        .compose(planned -> enrolment.candidates(planned.session().id())
            .compose(pupils -> staff.createAdmin(STAFF_ADMIN, staffPassword)
                .map(admin -> new DemoSession(planned, pupils, password, staffPassword))));
  }

  private static boolean isMemberNotFound(Throwable failure) {
    return failure instanceof DomainException e && e.code().equals("MEMBER_NOT_FOUND");
  }

  /** The school's list and profiles, imported as files; importing them again changes nothing. */
  private static Future<Void> fillRoster(Roster roster, String centreId) {
    StringBuilder pupils = new StringBuilder("Nom;Prénom;Date de naissance;Classe;INE\n");
    StringBuilder profiles = new StringBuilder("INE;Compétence;Pix\n");
    List<String> competences = List.of("1.1", "1.2", "2.1", "3.1", "4.1", "5.1");
    for (int i = 0; i < PUPILS.length; i++) {
      pupils.append(PUPILS[i][0]).append(';').append(PUPILS[i][1]).append(';')
          .append(birthdate(i)).append(';').append(i < 10 ? "3e A" : "3e B").append(';')
          .append(ine(i)).append('\n');
      // Level 1 or more in all six competences; 3 only for the pupil who is not certifiable.
      for (int c = 0; i != NO_PROFILE && c < (i == NOT_CERTIFIABLE ? 3 : competences.size()); c++) {
        profiles.append(ine(i)).append(';').append(competences.get(c)).append(';')
            .append(8 + (i * 7 + c * 5) % 40).append('\n');
      }
    }
    return roster.imports().upload(centreId, CandidateImports.Format.CSV, true,
            pupils.toString().getBytes(StandardCharsets.UTF_8))
        .compose(imported -> roster.profiles().upload(centreId, true,
            profiles.toString().getBytes(StandardCharsets.UTF_8)))
        .mapEmpty();
  }

  /**
   * Enrols the roster's pupils, in the list's order; Emma Robert has a tiers-temps and needs an
   * adapted test. On a restart, the pupils may still be enrolled in the previous demo session:
   * they are then enrolled one by one, with their profiles.
   */
  private static Future<Void> enrolPupils(Roster roster, EnrolmentService enrolment,
      String centreId, String sessionId) {
    return roster.pupils().pupils(centreId).compose(all -> {
      List<Pupil> pupils = new ArrayList<>();
      for (int i = 0; i < PUPILS.length; i++) {
        String ine = ine(i);
        all.stream().filter(p -> ine.equals(p.ine())).findFirst().ifPresent(pupils::add);
      }
      return roster.enrolment().enrol(sessionId, pupils.stream().map(Pupil::id).toList())
          .recover(enrolledBefore -> Future.all(pupils.stream().map(p -> enrolment.enrol(sessionId,
              new Enrolment(p.lastName(), p.firstName(), p.birthdate(), p.division(), p.ine(), 0,
                  false, p.profile() == null ? null : p.profile().pixByCompetence()))).toList())
              .map(done -> List.<Candidate>of()))
          .compose(enrolled -> enrolment.candidates(sessionId))
          .compose(candidates -> {
            Candidate emma = candidates.get(4);
            return enrolment.changeCandidate(sessionId, emma.id(), e -> new Enrolment(
                e.lastName(), e.firstName(), e.birthdate(), e.division(), e.externalId(),
                TIERS_TEMPS_PERCENT, true, e.profile()));
          })
          .mapEmpty();
    });
  }

  private static LocalDate birthdate(int pupil) {
    return LocalDate.of(2011, 1 + pupil % 12, 3 + pupil);
  }

  private static String ine(int pupil) {
    return String.format("%09d%s", 120450000 + pupil, "AB");
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
    for (int i = 0; i < candidates.size(); i++) {
      Candidate candidate = candidates.get(i);
      text.append(String.format("    %-10s %-9s %s%s%n", candidate.lastName(), candidate.firstName(),
          candidate.birthdate(), candidate.extraTimePercentage() > 0
              ? "  (tiers-temps : " + candidate.extraTimePercentage() + " % de temps en plus / extra time "
                  + candidate.extraTimePercentage() + " %)"
              : i == NOT_CERTIFIABLE ? "  (non certifiable : refusé à l'entrée / not certifiable: refused at entry)"
              : i == NO_PROFILE ? "  (profil non communiqué : refusé à l'entrée / no profile shared: refused at entry)"
              : ""));
    }
    return text.toString();
  }
}
