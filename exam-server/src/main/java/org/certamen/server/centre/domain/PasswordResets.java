package org.certamen.server.centre.domain;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.certamen.server.limits.domain.RateLimiter;
import org.certamen.server.mail.InvitationMailer;
import org.certamen.server.shared.EmailAddresses;
import org.certamen.server.shared.RandomIds;

/**
 * « Mot de passe oublié ? »: a member asks for a link to choose a new password. The link is a
 * one-hour invitation in the member's own role, so it is used, once, like one
 * ({@link CentreService#accept}). The answer is the same whether the address is a member's or
 * not, and requests are limited per client address, every request counting (each may send a mail).
 */
public record PasswordResets(CentreRepository centres, RateLimiter limiter, InvitationMailer mailer,
    Clock clock) {
  public static final Duration LINK_TTL = Duration.ofHours(1);
  private static final String SCOPE = "password-resets";

  /**
   * Sends a reset link to the address if it is a member's; completes alike when it is not. Fails
   * with {@code INVALID_FIELD} (not an address) or {@code TOO_MANY_ATTEMPTS}.
   *
   * @param linkPrefix the link without the token
   */
  public Future<Void> request(String email, String clientAddress, String linkPrefix) {
    String address = EmailAddresses.normalise(email);
    return limiter.count(SCOPE, "address:" + clientAddress, () -> centres.centreOf(address)
        .compose(centreId -> centreId.isEmpty() ? Future.succeededFuture(Optional.<Member>empty())
            : centres.findMember(centreId.get(), address))
        .compose(member -> member.isEmpty() ? Future.succeededFuture() : send(member.get(),
            linkPrefix)));
  }

  private Future<Void> send(Member member, String linkPrefix) {
    Invitation link = new Invitation(member.centreId() + "." + RandomIds.tokenSecret(),
        member.centreId(), member.email(), clock.instant().plus(LINK_TTL));
    return centres.invitations().save(link).onSuccess(saved -> new LinkDelivery(mailer).deliver(
        "password reset for " + member.email(), linkPrefix + link.token(),
        () -> mailer.sendPasswordReset(member.email(), linkPrefix + link.token())));
  }
}
