package org.certamen.server.campaigns.domain;

import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.certamen.server.shared.DomainException;
import org.certamen.server.shared.ErrorKind;

/**
 * Participations, one per pupil and campaign, saved with optimistic concurrency: a save succeeds
 * only if nobody saved the participation since it was read, else fails with
 * {@code CONCURRENT_UPDATE} and stores nothing.
 */
public interface ParticipationRepository {
  String CONCURRENT_UPDATE = "CONCURRENT_UPDATE";
  int UPDATE_ATTEMPTS = 20;

  /**
   * Stores a new participation unless the pupil has one in that campaign already, atomically; the
   * future holds the one stored (the new one, or the one that was there).
   */
  Future<Participation> join(Participation participation);

  Future<Optional<Participation>> find(String centreId, String pupilId, String participationId);

  /** The pupil's participations, in every campaign. */
  Future<List<Participation>> ofPupil(String centreId, String pupilId);

  /** The campaign's participations (order unspecified). */
  Future<List<Participation>> ofCampaign(String campaignId);

  /** Stores the participation if its stored version is still {@code version()}; holds the saved one. */
  Future<Participation> save(Participation participation);

  /**
   * Reads the participation, applies {@code change} and saves the result, starting again from a
   * fresh read after a lost race. Fails with what {@code change} throws (nothing saved) or with
   * {@code PARTICIPATION_NOT_FOUND}.
   */
  default Future<Participation> update(String centreId, String pupilId, String participationId,
      Function<Participation, Participation> change) {
    return update(centreId, pupilId, participationId, change, UPDATE_ATTEMPTS);
  }

  private Future<Participation> update(String centreId, String pupilId, String participationId,
      Function<Participation, Participation> change, int attemptsLeft) {
    return find(centreId, pupilId, participationId).compose(found -> {
      Participation participation = found.orElseThrow(ParticipationRepository::notFound);
      Participation changed = change.apply(participation);
      if (changed.equals(participation)) {
        return Future.succeededFuture(participation);
      }
      return save(changed).recover(failure -> attemptsLeft > 1
          && failure instanceof DomainException e && e.code().equals(CONCURRENT_UPDATE)
          ? update(centreId, pupilId, participationId, change, attemptsLeft - 1)
          : Future.failedFuture(failure));
    });
  }

  static DomainException notFound() {
    return DomainException.notFound("PARTICIPATION_NOT_FOUND",
        "Cette participation n'existe pas : rejoignez la campagne avec son code.");
  }

  static DomainException concurrentUpdate() {
    return new DomainException(ErrorKind.CONFLICT, CONCURRENT_UPDATE,
        "Votre participation a changé entre-temps : rechargez la page.");
  }
}
