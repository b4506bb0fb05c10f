package org.certamen.server.staff.domain;

import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.certamen.server.mail.InvitationMailer;
import org.certamen.server.limits.domain.RateLimiter;
import java.time.Clock;
import org.certamen.server.shared.DomainException;
import org.certamen.server.shared.EmailAddresses;
import org.certamen.server.shared.ErrorKind;
import org.certamen.server.shared.PasswordCheck;
import org.certamen.server.shared.PasswordHasher;
import org.certamen.server.shared.RandomIds;

/**
 * Personal staff accounts: an admin invites, changes roles and removes accounts, effective at once
 * (every request reads the account again); the invited person sets a password and logs in. Every
 * staff action is recorded with who did it. Futures fail with {@link DomainException}:
 * {@code ADMIN_ONLY}, {@code INVITATION_NOT_FOUND}, {@code WEAK_PASSWORD},
 * {@code INVALID_CREDENTIALS}, {@code TOO_MANY_ATTEMPTS}, {@code INVALID_TOKEN},
 * {@code STAFF_MEMBER_NOT_FOUND}, {@code LAST_ADMIN}. Details are in French: the console shows them.
 */
public record StaffService(StaffRepository staff, RateLimiter limiter, PasswordHasher passwords,
    CommonPasswords commonPasswords, InvitationMailer mailer, Clock clock) {
  public static final Duration INVITATION_TTL = Duration.ofDays(7);
  public static final Duration LOGIN_TTL = Duration.ofHours(12);
  public static final int MIN_PASSWORD_LENGTH = 12;
  /** Rate-limit scope of staff logins (the limiter counts per scope and client address). */
  private static final String LOGIN_SCOPE = "staff-logins";

  /** An admin invites someone; inviting an existing account again sets its role and a new link. */
  public Future<SentStaffInvitation> invite(StaffUser by, String email, StaffRole role,
      String linkPrefix) {
    String address = EmailAddresses.normalise(email);
    StaffInvitation invitation = new StaffInvitation(RandomIds.tokenSecret(), address,
        clock.instant().plus(INVITATION_TTL));
    String link = linkPrefix + invitation.token();
    return admin(by).compose(ok -> staff.findMember(address))
        .compose(existing -> staff.saveMember(existing.map(member -> member.withRole(role))
            .orElse(new StaffMember(address, role, null))))
        .compose(ok -> staff.invitations().save(invitation))
        .compose(ok -> record(by, "staff-invitation", null, address))
        .compose(ok -> mailer.sendIfConfigured("a staff invitation",
            () -> mailer.sendToStaff(address, link)))
        .map(mailed -> new SentStaffInvitation(invitation, role, link, mailed));
  }

  /** The invited person sets their password; the invitation can then not be used again. */
  public Future<StaffMember> accept(String token, String password) {
    if (password.length() < MIN_PASSWORD_LENGTH) {
      return Future.failedFuture(DomainException.invalid("WEAK_PASSWORD",
          "Le mot de passe doit compter au moins " + MIN_PASSWORD_LENGTH + " caractères."));
    }
    if (commonPasswords.contains(password)) {
      return Future.failedFuture(DomainException.invalid("WEAK_PASSWORD",
          "Ce mot de passe est trop courant : choisissez-en un autre."));
    }
    return staff.invitations().find(token).compose(found -> {
      StaffInvitation invitation = found.orElseThrow(StaffService::invitationNotFound);
      return staff.findMember(invitation.email()).compose(member -> {
        if (member.isEmpty()) {
          throw invitationNotFound();
        }
        return passwords.hash(password).compose(hash -> {
          StaffMember accepted = member.get().withPasswordHash(hash);
          return staff.saveMember(accepted)
              .compose(ok -> staff.invitations().delete(invitation))
              .map(accepted);
        });
      });
    });
  }

  /** A member logs in; failures are rate-limited per client address. */
  public Future<StaffLogin> login(String email, String password, String clientAddress) {
    String address = EmailAddresses.normalise(email);
    return limiter.guard(LOGIN_SCOPE, "password:" + clientAddress,
        () -> staff.findMember(address)
            .compose(member -> checkPassword(member.filter(StaffMember::hasAccepted), password))
            .compose(member -> {
              StaffLogin login = new StaffLogin(StaffLogin.PREFIX + RandomIds.tokenSecret(),
                  address, clock.instant().plus(LOGIN_TTL));
              return staff.logins().save(login).map(login);
            }),
        RateLimiter.codes("INVALID_CREDENTIALS"));
  }

  /** The member when the password is theirs, else {@code INVALID_CREDENTIALS}. */
  private Future<StaffMember> checkPassword(Optional<StaffMember> member, String password) {
    return PasswordCheck.verify(passwords, password, member.map(StaffMember::passwordHash))
        .map(verification -> {
          if (!verification.matches()) {
            throw new DomainException(ErrorKind.UNAUTHENTICATED, "INVALID_CREDENTIALS",
                "Adresse inconnue ou mot de passe erroné.");
          }
          return member.get();
        });
  }

  /** The account behind a live token, with its current role; fails with {@code INVALID_TOKEN}. */
  public Future<StaffUser> authenticate(String value) {
    return staff.logins().find(value).compose(found -> {
      StaffLogin login = found.orElseThrow(StaffService::invalidToken);
      return staff.findMember(login.email()).map(member -> member.filter(StaffMember::hasAccepted)
          .map(m -> new StaffUser(m.email(), m.role())).orElseThrow(StaffService::invalidToken));
    });
  }

  /** Every account, for admins. */
  public Future<List<StaffMember>> members(StaffUser by) {
    return admin(by).compose(ok -> staff.members());
  }

  /** An admin changes an account's role; one admin who accepted stays. */
  public Future<StaffMember> changeRole(StaffUser by, String email, StaffRole role) {
    return admin(by).compose(ok -> member(email))
        .compose(member -> keepsAnAdmin(member, role == StaffRole.ADMIN).compose(ok -> {
          StaffMember changed = member.withRole(role);
          return staff.saveMember(changed)
              .compose(saved -> record(by, "staff-role:" + role.apiName(), null, member.email()))
              .map(changed);
        }));
  }

  /** An admin removes an account: its tokens stop working at once. */
  public Future<Void> remove(StaffUser by, String email) {
    return admin(by).compose(ok -> member(email))
        .compose(member -> keepsAnAdmin(member, false)
            .compose(ok -> staff.removeMember(member.email()))
            .compose(ok -> record(by, "staff-removal", null, member.email())));
  }

  /** Records a staff action at the current time. */
  public Future<Void> record(StaffUser by, String action, String sessionId, String subject) {
    return staff.record(new StaffAction(clock.instant(), by.name(), action, sessionId, subject));
  }

  /** The actions of that interval, for admins. */
  public Future<List<StaffAction>> audit(StaffUser by, Instant from, Instant to) {
    return admin(by).compose(ok -> staff.actions(from, to));
  }

  /** Creates an admin account with its password at once: for {@code --demo}. */
  public Future<StaffMember> createAdmin(String email, String password) {
    return passwords.hash(password).compose(hash -> {
      StaffMember admin = new StaffMember(EmailAddresses.normalise(email), StaffRole.ADMIN, hash);
      return staff.saveMember(admin).map(admin);
    });
  }

  /** Succeeds for an admin (or the bootstrap token), else fails with {@code ADMIN_ONLY}. */
  public static Future<Void> admin(StaffUser user) {
    return user.isAdmin() ? Future.succeededFuture()
        : Future.failedFuture(DomainException.forbidden("ADMIN_ONLY",
            "Seuls les administrateurs et administratrices peuvent faire cela."));
  }

  private Future<StaffMember> member(String email) {
    return staff.findMember(EmailAddresses.normalise(email)).map(found -> found.orElseThrow(() ->
        DomainException.notFound("STAFF_MEMBER_NOT_FOUND", "Aucun compte n'a l'adresse " + email
            + ".")));
  }

  private Future<Void> keepsAnAdmin(StaffMember changed, boolean staysAdmin) {
    if (changed.role() != StaffRole.ADMIN || staysAdmin) {
      return Future.succeededFuture();
    }
    return staff.members().map(all -> {
      boolean another = all.stream().anyMatch(m -> m.role() == StaffRole.ADMIN
          && m.hasAccepted() && !m.email().equals(changed.email()));
      if (!another) {
        throw DomainException.conflict("LAST_ADMIN",
            "Un autre compte administrateur doit d'abord avoir accepté son invitation.");
      }
      return null;
    });
  }

  private static DomainException invitationNotFound() {
    return DomainException.notFound("INVITATION_NOT_FOUND",
        "Cette invitation est inconnue, déjà utilisée ou expirée : demandez-en une nouvelle.");
  }

  private static DomainException invalidToken() {
    return new DomainException(ErrorKind.UNAUTHENTICATED, "INVALID_TOKEN",
        "Votre connexion a expiré ou votre compte a été retiré : reconnectez-vous.");
  }
}
