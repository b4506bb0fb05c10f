package org.certamen.server.campaigns.domain;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.certamen.engine.Outcome;
import org.certamen.engine.bank.Answer;
import org.certamen.engine.bank.Item;
import org.certamen.engine.positioning.PositioningAnswer;
import org.certamen.engine.positioning.PositioningRun;
import org.certamen.engine.positioning.SubjectResult;
import org.certamen.server.limits.domain.RateLimiter;
import org.certamen.server.roster.domain.PupilProfile;
import org.certamen.server.roster.domain.RosterService;
import org.certamen.server.shared.DomainException;
import org.certamen.server.shared.RandomIds;

/**
 * A pupil's participations: joining with a code, answering an assessment's questions (stopping and
 * coming back at will), sending, and replaying an assessment 4 days after sending. Sending keeps a
 * snapshot of the pupil's profile and records it in the school's roster, where it decides the
 * pupil's certifiability. Futures fail with {@link DomainException}: {@code CAMPAIGN_NOT_FOUND},
 * {@code CAMPAIGN_OF_ANOTHER_SCHOOL}, {@code PARTICIPATION_NOT_FOUND}, {@code STALE_QUESTION},
 * {@code NOT_FINISHED}, {@code ALREADY_SHARED}, {@code REPLAY_NOT_ALLOWED},
 * {@code REPLAY_NOT_YET}.
 */
public record ParticipationService(ParticipationRepository participations,
    CampaignService campaigns, RosterService roster, Positioning positioning, RateLimiter limiter,
    Clock clock, ZoneId zone) {
  private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** Rate-limit scope of codes typed by pupils logged in (counted per pupil). */
  private static final String CODE_SCOPE = "pupil-campaign-codes";

  /** The pupil joins the campaign of the code; joining again gives the same participation. */
  public Future<ParticipationState> join(PupilUser user, String code) {
    return limiter.guardLookup(CODE_SCOPE, "identifier:" + user.account().identifier(),
        () -> campaigns.byCode(code), RateLimiter.codes("CAMPAIGN_NOT_FOUND")).compose(campaign -> {
      if (!campaign.centreId().equals(user.centreId())) {
        throw DomainException.forbidden("CAMPAIGN_OF_ANOTHER_SCHOOL", "Ce code est celui d'une"
            + " campagne d'un autre établissement que le vôtre.");
      }
      Participation joined = Participation.joined(RandomIds.code(12), campaign.id(),
          user.centreId(), user.pupilId(), ParticipationStatus.STARTED, clock.instant(),
          RandomIds.seed());
      Participation first = campaign.isAssessment()
          && !positioning.run(campaign, joined).isOver() ? joined
          : Participation.joined(joined.id(), campaign.id(), user.centreId(), user.pupilId(),
              ParticipationStatus.TO_SHARE, joined.joinedAt(), joined.seed());
      return participations.join(first).map(stored -> state(campaign, stored));
    });
  }

  /** The pupil's participations, with their campaigns, newest first. */
  public Future<List<ParticipationState>> mine(PupilUser user) {
    return participations.ofPupil(user.centreId(), user.pupilId())
        .compose(all -> Future.all(all.stream().map(p -> campaigns.campaign(p.campaignId())
            .map(campaign -> state(campaign, p))).toList()))
        .map(states -> states.<ParticipationState>list().stream()
            .sorted((a, b) -> b.participation().joinedAt().compareTo(a.participation().joinedAt()))
            .toList());
  }

  public Future<ParticipationState> state(PupilUser user, String participationId) {
    return find(user, participationId).compose(participation ->
        campaigns.campaign(participation.campaignId()).map(c -> state(c, participation)));
  }

  /**
   * The pupil answers the question on screen (or skips it: {@code answer} null). A question that
   * is no longer the one to answer is refused with {@code STALE_QUESTION}, changing nothing.
   */
  public Future<ParticipationState> answer(PupilUser user, String participationId,
      String itemId, Answer answer) {
    return withCampaign(user, participationId, (campaign, p) -> {
      if (p.status() != ParticipationStatus.STARTED) {
        throw DomainException.conflict("STALE_QUESTION",
            "Ce parcours est terminé : il n'y a plus de question à répondre.");
      }
      PositioningRun run = positioning.run(campaign, p);
      Item question = run.nextItem().filter(item -> item.id().equals(itemId))
          .orElseThrow(() -> DomainException.conflict("STALE_QUESTION",
              "Cette question n'est plus celle à l'écran : rechargez la page."));
      Outcome outcome = answer == null ? Outcome.SKIPPED
          : question.isCorrect(answer) ? Outcome.CORRECT : Outcome.WRONG;
      PositioningAnswer given = new PositioningAnswer(itemId, outcome);
      return p.answered(given, run.record(given).isOver());
    });
  }

  /**
   * The pupil sends their results: a snapshot of their profile (computed from every answer they
   * gave in any campaign) and, for an assessment, of their results on the parcours. The profile
   * is recorded in the roster too.
   */
  public Future<ParticipationState> send(PupilUser user, String participationId) {
    return participations.ofPupil(user.centreId(), user.pupilId()).compose(all -> {
      List<PositioningAnswer> every = new ArrayList<>();
      all.forEach(p -> every.addAll(p.everyAnswer()));
      Map<String, Integer> pix = positioning.profile(every);
      Instant now = clock.instant();
      return withCampaign(user, participationId, (campaign, p) -> {
        checkSendable(campaign, p);
        return p.sent(campaign.isAssessment() ? results(campaign, p, pix, now)
            : new Sending(now, pix, null, List.of()));
      }).compose(state -> roster.recordProfile(user.centreId(), user.pupilId(),
          new PupilProfile(pix, now, "campaign:" + state.campaign().id())).map(state));
    });
  }

  private static void checkSendable(Campaign campaign, Participation p) {
    switch (p.status()) {
      case STARTED -> throw DomainException.conflict("NOT_FINISHED",
          "Terminez le parcours avant d'envoyer vos résultats.");
      case SHARED -> {
        if (campaign.isAssessment() || !campaign.multipleSendings()) {
          throw DomainException.conflict("ALREADY_SHARED", "Vos résultats ont déjà été envoyés.");
        }
      }
      case TO_SHARE -> {
      }
    }
  }

  private Sending results(Campaign campaign, Participation p, Map<String, Integer> pix,
      Instant now) {
    PositioningRun run = positioning.run(campaign, p);
    List<SubjectSnapshot> subjects = new ArrayList<>();
    for (SubjectResult result : run.bySubject().values()) {
      subjects.add(new SubjectSnapshot(result.subject().tube(), result.subject().competence(),
          result.subject().targetLevel(), result.reachedLevel(), result.validatedSkills(),
          result.targetSkills()));
    }
    return new Sending(now, pix, run.masteryRate(), subjects);
  }

  /**
   * With multiple sendings, the pupil plays an assessment again {@link Participation#REPLAY_DELAY}
   * after sending, on the questions failed or skipped last time.
   */
  public Future<ParticipationState> replay(PupilUser user, String participationId) {
    return withCampaign(user, participationId, (campaign, p) -> {
      if (!campaign.isAssessment() || !campaign.multipleSendings()) {
        throw DomainException.conflict("REPLAY_NOT_ALLOWED",
            "Cette campagne ne permet pas de repasser le parcours.");
      }
      if (p.status() != ParticipationStatus.SHARED) {
        throw DomainException.conflict("REPLAY_NOT_ALLOWED",
            "Envoyez vos résultats avant de repasser le parcours.");
      }
      Instant from = p.replayFrom();
      if (clock.instant().isBefore(from)) {
        throw DomainException.conflict("REPLAY_NOT_YET", "Vous pourrez repasser le parcours à"
            + " partir du " + FRENCH_DATE.format(from.atZone(zone)) + ".");
      }
      return p.replayed(positioning.replay(campaign, p).isOver());
    });
  }

  /** The pupil's profile now, from every answer they gave in any campaign. */
  public Future<Map<String, Integer>> profile(PupilUser user) {
    return participations.ofPupil(user.centreId(), user.pupilId()).map(all -> {
      List<PositioningAnswer> every = new ArrayList<>();
      all.forEach(p -> every.addAll(p.everyAnswer()));
      return positioning.profile(every);
    });
  }

  /** The campaign's participants with their roster pupils (a pupil gone from it is left out). */
  public Future<List<Participant>> participants(Campaign campaign) {
    return participations.ofCampaign(campaign.id()).compose(all ->
        roster.pupils(campaign.centreId()).map(pupils -> all.stream()
            .flatMap(p -> pupils.stream().filter(pupil -> pupil.id().equals(p.pupilId()))
                .findFirst().map(pupil -> new Participant(p, pupil)).stream())
            .sorted(Comparator.comparing((Participant x) -> x.pupil().lastName())
                .thenComparing(x -> x.pupil().firstName()))
            .toList()));
  }

  private Future<Participation> find(PupilUser user, String participationId) {
    return participations.find(user.centreId(), user.pupilId(), participationId)
        .map(found -> found.orElseThrow(ParticipationRepository::notFound));
  }

  /** Applies a change that needs the participation's campaign, then reads the new state. */
  private Future<ParticipationState> withCampaign(PupilUser user, String participationId,
      BiFunction<Campaign, Participation, Participation> change) {
    return find(user, participationId).compose(found ->
        campaigns.campaign(found.campaignId()).compose(campaign -> participations.update(
                user.centreId(), user.pupilId(), participationId,
                p -> change.apply(campaign, p))
            .map(saved -> state(campaign, saved))));
  }

  private ParticipationState state(Campaign campaign, Participation participation) {
    if (!campaign.isAssessment()) {
      return new ParticipationState(participation, campaign, null, 0);
    }
    PositioningRun run = positioning.run(campaign, participation);
    Item question = participation.status() == ParticipationStatus.STARTED
        ? run.nextItem().orElse(null) : null;
    return new ParticipationState(participation, campaign, question,
        participation.answers().size());
  }
}
