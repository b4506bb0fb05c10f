package org.certamen.server.centre.domain;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.certamen.server.planning.domain.EnrolmentService;
import org.certamen.server.planning.domain.PlannedSession;
import org.certamen.server.planning.domain.Session;
import org.certamen.server.planning.domain.SessionPlan;
import org.certamen.server.planning.domain.imports.Uai;
import org.certamen.server.limits.domain.RateLimiter;
import org.certamen.server.mail.InvitationMailer;
import org.certamen.server.shared.DomainException;
import org.certamen.server.shared.EmailAddresses;
import org.certamen.server.shared.ErrorKind;
import org.certamen.server.shared.PasswordCheck;
import org.certamen.server.shared.PasswordHasher;
import org.certamen.server.shared.RandomIds;

/**
 * Centre accounts: created by staff with an administrator, who invites members, changes their role
 * or removes them; members log in and plan the centre's sessions. Futures fail with
 * {@link DomainException}: {@code CENTRE_NOT_FOUND}, {@code EMAIL_TAKEN},
 * {@code INVITATION_NOT_FOUND}, {@code WEAK_PASSWORD}, {@code WRONG_CREDENTIALS},
 * {@code TOO_MANY_ATTEMPTS}, {@code INVALID_TOKEN}, {@code ADMINISTRATOR_ONLY},
 * {@code MEMBER_NOT_FOUND}, {@code LAST_ADMINISTRATOR}, {@code SESSION_NOT_FOUND}.
 */
public record CentreService(CentreRepository centres, EnrolmentService enrolment,
    RateLimiter limiter, PasswordHasher passwords, InvitationMailer mailer, Clock clock) {
  public static final Duration INVITATION_TTL = Duration.ofDays(7);
  public static final Duration LOGIN_TTL = Duration.ofHours(12);
  public static final int MIN_PASSWORD_LENGTH = 10;
  /** Rate-limit scope of centre logins (the limiter counts per scope and client address). */
  private static final String LOGIN_SCOPE = "centre-logins";

  /**
   * Staff creates a centre and invites its administrator. Fails with {@code INVALID_FIELD} when
   * the UAI is not 7 digits and their key letter.
   *
   * @param uai the school's UAI, or null when not known
   * @param linkPrefix the invitation link without the token
   */
  public Future<SentInvitation> create(String name, String uai, CentreType type,
      String administratorEmail, String linkPrefix) {
    String school = uai == null ? null : Uai.normalise(uai);
    if (school != null && !Uai.isValid(school)) {
      return Future.failedFuture(DomainException.invalid("INVALID_FIELD", "Field 'uai' must be a"
          + " UAI: 7 digits and their key letter, like 0180777X (not '" + uai + "')"));
    }
    Centre centre = new Centre("C" + RandomIds.code(8), name, school, type);
    return centres.create(centre).compose(created -> created
        ? invite(centre, administratorEmail, CentreRole.ADMINISTRATOR, linkPrefix)
        : Future.failedFuture(new IllegalStateException("Centre id collision")));
  }

  /**
   * A new invitation for a member of an existing centre, in the role they have, so that they set
   * a new password; {@code --demo} uses it to take over the demo school a store already holds.
   * Fails with {@code MEMBER_NOT_FOUND} when the address belongs to no centre.
   */
  public Future<SentInvitation> reinvite(String email) {
    String address = EmailAddresses.normalise(email);
    return centres.centreOf(address).compose(centreId -> centreId
        .map(id -> centres.findMember(id, address))
        .orElse(Future.succeededFuture(Optional.empty())))
        .compose(member -> member.isEmpty()
            ? Future.failedFuture(DomainException.notFound("MEMBER_NOT_FOUND",
                "No centre has a member " + address))
            : centre(member.get().centreId()).compose(centre ->
                invite(centre, address, member.get().role(), "")));
  }

  /** The centre; fails with {@code CENTRE_NOT_FOUND}. */
  public Future<Centre> centre(String centreId) {
    return centres.find(centreId).map(found -> found.orElseThrow(() ->
        DomainException.notFound("CENTRE_NOT_FOUND", "No centre " + centreId)));
  }

  /** Staff change what kind of centre it is; fails with {@code CENTRE_NOT_FOUND}. */
  public Future<Centre> changeType(String centreId, CentreType type) {
    return centre(centreId).compose(centre -> {
      Centre changed = centre.withType(type);
      return centres.replace(changed).map(changed);
    });
  }

  /** An administrator invites someone to the centre. */
  public Future<SentInvitation> invite(CentreUser by, String email, CentreRole role,
      String linkPrefix) {
    return administrator(by).compose(ok -> centre(by.centreId()))
        .compose(centre -> invite(centre, email, role, linkPrefix));
  }

  private Future<SentInvitation> invite(Centre centre, String email, CentreRole role,
      String linkPrefix) {
    String address = EmailAddresses.normalise(email);
    Invitation invitation = new Invitation(centre.id() + "." + RandomIds.tokenSecret(),
        centre.id(), address, clock.instant().plus(INVITATION_TTL));
    String link = linkPrefix + invitation.token();
    return centres.findMember(centre.id(), address)
        .compose(existing -> centres.saveMember(existing
            .map(member -> member.withRole(role))
            .orElse(new Member(centre.id(), address, role, null))))
        .compose(saved -> saved ? centres.invitations().save(invitation)
            : Future.failedFuture(DomainException.conflict("EMAIL_TAKEN",
                "The address " + address + " already belongs to another centre")))
        .compose(ok -> mailer.sendIfConfigured("an invitation of centre " + centre.id(),
            () -> mailer.send(centre.name(), address, link)))
        .map(mailed -> new SentInvitation(invitation, link, mailed));
  }

  /** The invited person sets their password; the invitation can then not be used again. */
  public Future<Member> accept(String token, String password) {
    return strongEnough(password).compose(ok -> centres.invitations().find(token)).compose(found -> {
      Invitation invitation = found.orElseThrow(() ->
          DomainException.notFound("INVITATION_NOT_FOUND",
              "This invitation is unknown, used or expired: ask the centre's administrator again"));
      return centres.findMember(invitation.centreId(), invitation.email()).compose(member -> {
        if (member.isEmpty()) {
          throw DomainException.notFound("INVITATION_NOT_FOUND",
              "This invitation was withdrawn: ask the centre's administrator again");
        }
        return passwords.hash(password).compose(hash -> {
          Member accepted = member.get().withPasswordHash(hash);
          return centres.saveMember(accepted)
              .compose(ok -> centres.invitations().delete(invitation))
              .map(accepted);
        });
      });
    });
  }

  /** Fails with {@code WEAK_PASSWORD} when shorter than {@link #MIN_PASSWORD_LENGTH}. */
  static Future<Void> strongEnough(String password) {
    return password.length() < MIN_PASSWORD_LENGTH
        ? Future.failedFuture(DomainException.invalid("WEAK_PASSWORD",
            "The password needs at least " + MIN_PASSWORD_LENGTH + " characters"))
        : Future.succeededFuture();
  }

  /**
   * A member logs in; failures are rate-limited per client address. A password stored in an older
   * format or at a lower cost is hashed again now that it is known.
   */
  public Future<CentreLogin> login(String email, String password, String clientAddress) {
    String address = EmailAddresses.normalise(email);
    return limiter.guard(LOGIN_SCOPE, "password:" + clientAddress,
        () -> centres.centreOf(address)
            .compose(centreId -> centreId.isEmpty()
                ? Future.succeededFuture(Optional.<Member>empty())
                : centres.findMember(centreId.get(), address))
            .compose(member -> checkPassword(member.filter(Member::hasAccepted), password))
            .compose(member -> {
              CentreLogin login = new CentreLogin(
                  CentreLogin.PREFIX + member.centreId() + "." + RandomIds.tokenSecret(),
                  member.centreId(), address, clock.instant().plus(LOGIN_TTL));
              return centres.logins().save(login).map(login);
            }),
        RateLimiter.codes("WRONG_CREDENTIALS"));
  }

  /** The member when the password is theirs, else {@code WRONG_CREDENTIALS}. */
  private Future<Member> checkPassword(Optional<Member> member, String password) {
    return PasswordCheck.verify(passwords, password, member.map(Member::passwordHash))
        .compose(verification -> {
          if (!verification.matches()) {
            return Future.failedFuture(DomainException.forbidden("WRONG_CREDENTIALS",
                "Unknown address or wrong password"));
          }
          if (!verification.needsRehash()) {
            return Future.succeededFuture(member.get());
          }
          return passwords.hash(password).compose(hash -> rehash(member.get(), hash));
        });
  }

  /**
   * Stores the new hash only if the member is still there with the old one, read again after the
   * slow hashing: a removal or a new password meanwhile must win.
   */
  private Future<Member> rehash(Member member, String hash) {
    return centres.findMember(member.centreId(), member.email()).compose(current -> {
      if (current.isEmpty() || !member.passwordHash().equals(current.get().passwordHash())) {
        return Future.succeededFuture(member);
      }
      Member rehashed = current.get().withPasswordHash(hash);
      return centres.saveMember(rehashed).map(rehashed);
    });
  }

  /** The member behind a live token; fails with {@code INVALID_TOKEN}. */
  public Future<CentreUser> authenticate(String value) {
    return centres.logins().find(value).compose(found -> {
      CentreLogin login = found.orElseThrow(CentreService::invalidToken);
      return centres.findMember(login.centreId(), login.email()).map(member -> new CentreUser(
          login, member.filter(Member::hasAccepted).orElseThrow(CentreService::invalidToken)));
    });
  }

  /** The members of the user's centre. */
  public Future<List<Member>> members(CentreUser user) {
    return centres.members(user.centreId());
  }

  /** An administrator changes a member's role; the centre keeps at least one administrator. */
  public Future<Member> changeRole(CentreUser by, String email, CentreRole role) {
    return administrator(by).compose(ok -> member(by.centreId(), email))
        .compose(member -> keepsAnAdministrator(member, role == CentreRole.ADMINISTRATOR)
            .compose(ok -> {
              Member changed = member.withRole(role);
              return centres.saveMember(changed).map(changed);
            }));
  }

  /** An administrator removes a member; the centre keeps at least one administrator. */
  public Future<Void> remove(CentreUser by, String email) {
    return administrator(by).compose(ok -> member(by.centreId(), email))
        .compose(member -> keepsAnAdministrator(member, false)
            .compose(ok -> centres.removeMember(member.centreId(), member.email())));
  }

  /** Plans a session of the user's centre with the existing session planning. */
  public Future<PlannedSession> plan(CentreUser by, String address, String room, String examiner,
      LocalDate date, LocalTime time, int invigilatorCount) {
    return centre(by.centreId()).compose(centre -> enrolment.plan(
            new SessionPlan(centre.name(), address, room, examiner, date, time, invigilatorCount)))
        .compose(planned -> centres.addSession(new CentreSession(by.centreId(),
            planned.session().id(), planned.invigilatorPassword())).map(planned));
  }

  /** The sessions of the user's centre by date and time, without those deleted since. */
  public Future<List<Session>> sessions(CentreUser user) {
    return sessionsOf(user.centreId());
  }

  private Future<List<Session>> sessionsOf(String centreId) {
    return centres.sessions(centreId).compose(ids -> Future.all(
            ids.stream().map(enrolment::findSession).toList())
        .map(all -> all.<Optional<Session>>list().stream().flatMap(Optional::stream)
            .sorted(Comparator.comparing(Session::date).thenComparing(Session::time))
            .toList()));
  }

  /** Every centre by name, with its members (for staff). */
  public Future<List<Map.Entry<Centre, List<Member>>>> all() {
    return centres.all().compose(all -> Future.all(all.stream()
            .map(centre -> centres.members(centre.id()).map(m -> Map.entry(centre, m))).toList())
        .map(each -> each.<Map.Entry<Centre, List<Member>>>list().stream()
            .sorted(Comparator.comparing(e -> e.getKey().name(), String.CASE_INSENSITIVE_ORDER))
            .toList()));
  }

  /** A centre's sessions by date and time (for staff); {@code CENTRE_NOT_FOUND} if unknown. */
  public Future<List<Session>> sessions(String centreId) {
    return centre(centreId).compose(centre -> sessionsOf(centreId));
  }

  /** Whether the session was planned by this centre. */
  public Future<Boolean> owns(String centreId, String sessionId) {
    return centres.ownerOf(sessionId)
        .map(owner -> owner.filter(s -> s.centreId().equals(centreId)).isPresent());
  }

  /**
   * The UAI of the school that planned the session: its SIECLE exports must carry it. Empty for a
   * session staff planned, or a centre without a UAI.
   */
  public Future<Optional<String>> uaiOfSession(String sessionId) {
    return centres.ownerOf(sessionId).compose(owner -> owner.isEmpty()
        ? Future.succeededFuture(Optional.empty())
        : centre(owner.get().centreId()).map(centre -> Optional.ofNullable(centre.uai())));
  }

  /** The session as a centre planned it, if one did. */
  public Future<Optional<CentreSession>> plannedSession(String sessionId) {
    return centres.ownerOf(sessionId);
  }

  private Future<Member> member(String centreId, String email) {
    return centres.findMember(centreId, EmailAddresses.normalise(email)).map(found ->
        found.orElseThrow(() -> DomainException.notFound("MEMBER_NOT_FOUND", "No member " + email + " in this centre")));
  }

  private Future<Void> keepsAnAdministrator(Member changed, boolean staysAdministrator) {
    if (changed.role() != CentreRole.ADMINISTRATOR || staysAdministrator) {
      return Future.succeededFuture();
    }
    return centres.members(changed.centreId()).map(all -> {
      boolean another = all.stream().anyMatch(m -> m.role() == CentreRole.ADMINISTRATOR
          && m.hasAccepted() && !m.email().equals(changed.email()));
      if (!another) {
        throw DomainException.conflict("LAST_ADMINISTRATOR",
            "The centre needs another administrator who has accepted their invitation first");
      }
      return null;
    });
  }

  private static Future<Void> administrator(CentreUser user) {
    return user.isAdministrator() ? Future.succeededFuture()
        : Future.failedFuture(DomainException.forbidden("ADMINISTRATOR_ONLY",
            "Only an administrator of the centre may manage its members"));
  }

  private static DomainException invalidToken() {
    return new DomainException(ErrorKind.UNAUTHENTICATED, "INVALID_TOKEN",
        "The token is unknown or expired: log in again");
  }
}
