package org.certamen.engine.positioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certamen.engine.positioning.TubeBanks.id;

import java.util.List;
import java.util.Map;
import org.certamen.engine.bank.ItemBank;
import org.certamen.engine.scoring.Certifiability;
import org.junit.jupiter.api.Test;

class PupilProfilesTest {
  private static final ItemBank BANK = TubeBanks.bank(
      TubeBanks.tube("1.1", "alpha", 1, 2, 3, 4, 5, 6),
      TubeBanks.tube("1.1", "epsilon", 1, 2, 3, 4, 5),
      TubeBanks.tube("2.1", "gamma", 4, 5, 6),
      TubeBanks.tube("2.2", "zeta", 1, 2),
      TubeBanks.tube("2.3", "eta", 1, 2),
      TubeBanks.tube("2.4", "theta", 1, 2),
      TubeBanks.tube("3.1", "iota", 1, 2));

  @Test
  void withoutAnswersEveryCompetenceHasZeroPix() {
    Map<String, Integer> pix = PupilProfiles.compute(BANK, List.of());

    assertThat(pix).hasSize(16).containsKeys("1.1", "3.4", "5.2");
    assertThat(pix.values()).containsOnly(0);
  }

  @Test
  void eachLevelWhoseSkillsAreValidatedIsWorthEightPix() {
    Map<String, Integer> pix = PupilProfiles.compute(BANK,
        List.of(PositioningAnswer.correct(id("1.1", "alpha", 3))));

    assertThat(pix.get("1.1")).isEqualTo(24);
    assertThat(pix.get("2.1")).isZero();
  }

  @Test
  void aLevelNeverAssessedBelowAValidatedOneCountsAsMastered() {
    Map<String, Integer> pix = PupilProfiles.compute(BANK,
        List.of(PositioningAnswer.correct(id("2.1", "gamma", 5)),
            PositioningAnswer.wrong(id("2.1", "gamma", 6))));

    // gamma starts at level 4: levels 1–5 count, level 6 was failed.
    assertThat(pix.get("2.1")).isEqualTo(40);
  }

  @Test
  void aLevelHalfValidatedAcrossTubesEarnsHalfItsPix() {
    Map<String, Integer> pix = PupilProfiles.compute(BANK, List.of(
        PositioningAnswer.correct(id("1.1", "alpha", 4)),
        PositioningAnswer.wrong(id("1.1", "alpha", 5)),
        PositioningAnswer.correct(id("1.1", "epsilon", 3)),
        PositioningAnswer.wrong(id("1.1", "epsilon", 4))));

    // Levels 1–3 fully validated, level 4 in one tube of two, level 5 in neither: 8 × 3.5.
    assertThat(pix.get("1.1")).isEqualTo(28);
  }

  @Test
  void theLatestAnswerToAnItemCountsAcrossCampaigns() {
    Map<String, Integer> pix = PupilProfiles.compute(BANK, List.of(
        PositioningAnswer.wrong(id("1.1", "alpha", 2)),
        PositioningAnswer.correct(id("1.1", "alpha", 2))));

    assertThat(pix.get("1.1")).isEqualTo(16);
  }

  @Test
  void aDirectAnswerIsNotOverriddenByWhatAnotherAnswerImplies() {
    Map<String, Integer> pix = PupilProfiles.compute(BANK, List.of(
        PositioningAnswer.correct(id("1.1", "alpha", 5)),
        PositioningAnswer.wrong(id("1.1", "alpha", 3))));

    // 1, 2 and 5 validated; 3 failed and 4 invalidated by it; 6 beyond both answers.
    assertThat(pix.get("1.1")).isEqualTo(24);
  }

  @Test
  void answersToItemsNoLongerInTheBankAreIgnored() {
    Map<String, Integer> pix = PupilProfiles.compute(BANK,
        List.of(PositioningAnswer.correct("retired-item")));

    assertThat(pix.values()).containsOnly(0);
  }

  @Test
  void fiveCompetencesAtLevelOneMakeThePupilCertifiable() {
    List<PositioningAnswer> fourCompetences = List.of(
        PositioningAnswer.correct(id("1.1", "alpha", 1)),
        PositioningAnswer.correct(id("2.2", "zeta", 1)),
        PositioningAnswer.correct(id("2.3", "eta", 1)),
        PositioningAnswer.correct(id("2.4", "theta", 1)),
        PositioningAnswer.wrong(id("3.1", "iota", 1)));
    assertThat(Certifiability.isCertifiable(PupilProfiles.compute(BANK, fourCompetences)))
        .isFalse();

    List<PositioningAnswer> five = new java.util.ArrayList<>(fourCompetences);
    five.add(PositioningAnswer.correct(id("3.1", "iota", 1)));
    Map<String, Integer> pix = PupilProfiles.compute(BANK, five);

    assertThat(pix.get("3.1")).isEqualTo(8);
    assertThat(Certifiability.isCertifiable(pix)).isTrue();
  }
}
