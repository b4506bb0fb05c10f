package org.certamen.server.campaigns.http;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import org.certamen.server.campaigns.domain.Campaign;
import org.certamen.server.campaigns.domain.CampaignService;
import org.certamen.server.campaigns.domain.PupilAccountService;
import org.certamen.server.campaigns.domain.PupilLogin;
import org.certamen.server.campaigns.domain.PupilUser;
import org.certamen.server.centre.domain.CentreUser;
import org.certamen.server.centre.http.CentreGuard;
import org.certamen.server.http.Guards;
import org.certamen.server.shared.DomainException;

/**
 * Who may call the campaigns' routes: a pupil's token for the pupil's own space, a member's
 * token for their centre's campaigns. Each refuses the other's token with {@code FORBIDDEN_SCOPE}.
 */
record CampaignGuards(CentreGuard centreGuard, PupilAccountService accounts,
    CampaignService campaigns) {
  /** A pupil's token, whatever their password's state (to change a one-time password). */
  Future<PupilUser> anyPupil(RoutingContext ctx) {
    String token = Guards.bearer(ctx);
    if (!PupilLogin.isPupilToken(token)) {
      return Future.failedFuture(DomainException.forbidden("FORBIDDEN_SCOPE",
          "Cette page est réservée aux élèves connectés à leur espace."));
    }
    return accounts.authenticate(token);
  }

  /** A pupil's token, once they chose their own password. */
  Future<PupilUser> pupil(RoutingContext ctx) {
    return anyPupil(ctx).map(user -> {
      if (user.account().oneTimePassword()) {
        throw DomainException.forbidden("PASSWORD_CHANGE_REQUIRED",
            "Choisissez votre mot de passe avant de continuer.");
      }
      return user;
    });
  }

  /** A member's token, for the centre of the path. */
  Future<CentreUser> member(RoutingContext ctx) {
    return centreUser(ctx).map(user -> {
      if (!user.centreId().equals(ctx.pathParam("centreId"))) {
        throw DomainException.forbidden("FORBIDDEN_SCOPE",
            "Ce compte n'appartient pas à cet établissement.");
      }
      return user;
    });
  }

  /** A member's token, for a campaign of their centre. */
  Future<Campaign> campaign(RoutingContext ctx) {
    return centreUser(ctx).compose(user ->
        campaigns.ofCentre(user.centreId(), ctx.pathParam("campaignId")));
  }

  private Future<CentreUser> centreUser(RoutingContext ctx) {
    if (PupilLogin.isPupilToken(Guards.bearer(ctx))) {
      return Future.failedFuture(DomainException.forbidden("FORBIDDEN_SCOPE",
          "Cette page est réservée aux personnels de l'établissement."));
    }
    return centreGuard.centre(ctx);
  }
}
