package org.certamen.server.centre.domain;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;
import org.certamen.server.limits.domain.RateLimiter;
import org.certamen.server.mail.InvitationMailer;
import org.certamen.server.planning.domain.imports.Uai;
import org.certamen.server.shared.DomainException;
import org.certamen.server.shared.PasswordHasher;
import org.certamen.server.shared.RandomIds;

/**
 * A school activates its own space without calling anyone: staff load the directory of schools;
 * the principal types the school's UAI and an activation link goes to the school's official
 * address; whoever opens it chooses a password and becomes the administrator of the school's
 * centre, created from the directory entry if staff had not created it. Futures fail with
 * {@link DomainException}: {@code SCHOOL_NOT_FOUND}, {@code CENTRE_ALREADY_ACTIVATED},
 * {@code ACTIVATION_NOT_FOUND}, {@code WEAK_PASSWORD}, {@code EMAIL_TAKEN},
 * {@code TOO_MANY_ATTEMPTS}, {@code INVALID_FIELD}.
 */
public record SchoolActivations(DirectoryRepository directory, CentreRepository centres,
    RateLimiter limiter, PasswordHasher passwords, InvitationMailer mailer, Clock clock) {
  public static final Duration LINK_TTL = Duration.ofHours(24);
  private static final String SCOPE = "activations";

  /** An activation link sent (or, without SMTP, written in the server's log). */
  public record Sent(DirectoryEntry school, boolean mailed) {
  }

  /** Staff load (part of) the directory: valid lines are stored, bad ones reported. */
  public Future<DirectoryFile.Reading> load(byte[] file) {
    DirectoryFile.Reading reading = DirectoryFile.read(file);
    return directory.save(reading.entries()).map(reading);
  }

  /**
   * Sends the activation link of the school to its official address. Limited per client address,
   * every request counting (each may send a mail).
   *
   * @param linkPrefix the link without the token
   */
  public Future<Sent> request(String uai, String clientAddress, String linkPrefix) {
    String school = Uai.normalise(uai);
    return limiter.count(SCOPE, "address:" + clientAddress, () -> entry(school)
        .compose(entry -> notActivated(entry).map(entry))
        .compose(entry -> {
          Activation activation = new Activation(RandomIds.tokenSecret(), entry.uai(),
              clock.instant().plus(LINK_TTL));
          String link = linkPrefix + activation.token();
          return directory.activations().save(activation).map(saved -> {
            new LinkDelivery(mailer).deliver("activation of " + entry.uai(), link,
                () -> mailer.sendActivation(entry.name(), entry.officialEmail(), link));
            return new Sent(entry, mailer.isConfigured());
          });
        }));
  }

  /**
   * Whoever holds the link chooses a password and becomes the administrator of the school's
   * centre, under the school's official address; the link then serves no more.
   */
  public Future<Member> activate(String token, String password) {
    return CentreService.strongEnough(password).compose(ok -> directory.activations().take(token))
        .map(found -> found.orElseThrow(() ->
            DomainException.notFound("ACTIVATION_NOT_FOUND",
                "This activation link is unknown, used or expired: ask for a new one")))
        .compose(activation -> entry(activation.uai()))
        .compose(entry -> centreOf(entry)
            .compose(centre -> notActivated(entry).map(centre))
            .compose(centre -> passwords.hash(password).compose(hash -> {
              Member administrator = new Member(centre.id(), entry.officialEmail(),
                  CentreRole.ADMINISTRATOR, hash);
              return centres.saveMember(administrator).map(saved -> {
                if (!saved) {
                  throw DomainException.conflict("EMAIL_TAKEN", "The address "
                      + entry.officialEmail() + " already belongs to another centre");
                }
                return administrator;
              });
            })));
  }

  /** The directory's entry of a school; {@code SCHOOL_NOT_FOUND} when it has none. */
  public Future<DirectoryEntry> entry(String uai) {
    return directory.find(uai).map(found -> found.orElseThrow(() -> DomainException.notFound(
        "SCHOOL_NOT_FOUND", "No school of UAI " + uai + " in the directory")));
  }

  /**
   * The school's centre: the one staff created with its UAI, the one an activation made, or a
   * new one named as in the directory. Two activations at once claim one id, so they make one.
   */
  private Future<Centre> centreOf(DirectoryEntry entry) {
    return existingCentre(entry.uai()).compose(existing -> directory.claimCentre(entry.uai(),
            existing == null ? "C" + RandomIds.code(8) : existing.id()))
        .compose(centreId -> centres.create(new Centre(centreId, entry.name(), entry.uai(),
                CentreType.fromApiName(entry.type()).orElse(CentreType.SCHOOL)))
            .compose(created -> centres.find(centreId))
            .map(found -> found.orElseThrow()));
  }

  private Future<Centre> existingCentre(String uai) {
    return centres.all().map(all -> all.stream().filter(c -> uai.equals(c.uai())).findFirst()
        .orElse(null));
  }

  /**
   * Refuses with {@code CENTRE_ALREADY_ACTIVATED} when the school's centre has an administrator
   * who chose a password: then that administrator invites whoever else needs to come in.
   */
  private Future<Void> notActivated(DirectoryEntry entry) {
    return existingCentre(entry.uai()).compose(centre -> centre == null
        ? Future.succeededFuture()
        : centres.members(centre.id()).map(members -> {
          if (members.stream().anyMatch(m -> m.role() == CentreRole.ADMINISTRATOR
              && m.hasAccepted())) {
            throw DomainException.conflict("CENTRE_ALREADY_ACTIVATED",
                "The space of school " + entry.uai() + " is already activated: ask its"
                    + " administrator to invite you");
          }
          return null;
        }));
  }
}
