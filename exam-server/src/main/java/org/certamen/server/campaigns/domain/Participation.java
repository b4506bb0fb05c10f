package org.certamen.server.campaigns.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.certamen.engine.positioning.PositioningAnswer;

/**
 * One pupil in one campaign. An assessment's run is not stored: it is rebuilt from the seed and
 * the answers ({@link Positioning}), as runs are short. Changes are new values; the store saves
 * them with a compare-and-set on {@code version}.
 *
 * @param earlierAnswers every answer given in the runs before the current one: a replay builds on
 *     them; empty before the first replay
 * @param answers the answers given in the current run
 * @param sendings every sending, oldest first; the latest counts
 * @param version 0 before the first save
 */
public record Participation(
    String id,
    String campaignId,
    String centreId,
    String pupilId,
    ParticipationStatus status,
    Instant joinedAt,
    long seed,
    List<PositioningAnswer> earlierAnswers,
    List<PositioningAnswer> answers,
    List<Sending> sendings,
    long version) {

  /** How long after sending a pupil may replay an assessment (with multiple sendings). */
  public static final Duration REPLAY_DELAY = Duration.ofDays(4);

  public Participation {
    earlierAnswers = List.copyOf(earlierAnswers);
    answers = List.copyOf(answers);
    sendings = List.copyOf(sendings);
  }

  /** A pupil joins a campaign. */
  public static Participation joined(String id, String campaignId, String centreId,
      String pupilId, ParticipationStatus status, Instant at, long seed) {
    return new Participation(id, campaignId, centreId, pupilId, status, at, seed, List.of(),
        List.of(), List.of(), 0);
  }

  public Optional<Sending> latestSending() {
    return sendings.isEmpty() ? Optional.empty()
        : Optional.of(sendings.get(sendings.size() - 1));
  }

  /** Every answer the pupil gave in this campaign, over all runs. */
  public List<PositioningAnswer> everyAnswer() {
    List<PositioningAnswer> all = new ArrayList<>(earlierAnswers);
    all.addAll(answers);
    return all;
  }

  /** When the pupil may replay, for a participation sent; null before any sending. */
  public Instant replayFrom() {
    return latestSending().map(s -> s.sentAt().plus(REPLAY_DELAY)).orElse(null);
  }

  public Participation answered(PositioningAnswer answer, boolean over) {
    List<PositioningAnswer> more = new ArrayList<>(answers);
    more.add(answer);
    return new Participation(id, campaignId, centreId, pupilId,
        over ? ParticipationStatus.TO_SHARE : status, joinedAt, seed, earlierAnswers,
        more, sendings, version);
  }

  public Participation sent(Sending sending) {
    List<Sending> more = new ArrayList<>(sendings);
    more.add(sending);
    return new Participation(id, campaignId, centreId, pupilId, ParticipationStatus.SHARED,
        joinedAt, seed, earlierAnswers, answers, more, version);
  }

  /**
   * A new run on the questions failed or skipped last time, built on every answer so far.
   *
   * @param over whether the new run has nothing to ask
   */
  public Participation replayed(boolean over) {
    return new Participation(id, campaignId, centreId, pupilId,
        over ? ParticipationStatus.TO_SHARE : ParticipationStatus.STARTED, joinedAt, seed,
        everyAnswer(), List.of(), sendings, version);
  }

  public Participation withVersion(long newVersion) {
    return new Participation(id, campaignId, centreId, pupilId, status, joinedAt, seed,
        earlierAnswers, answers, sendings, newVersion);
  }
}
