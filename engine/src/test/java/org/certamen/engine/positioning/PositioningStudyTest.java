package org.certamen.engine.positioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.certamen.engine.bank.BankReader;
import org.certamen.engine.bank.ItemBank;
import org.certamen.engine.simulation.Population;
import org.junit.jupiter.api.Test;

class PositioningStudyTest {
  private static final ItemBank BANK = BankReader.demoBank();
  private static final List<PositioningDesign> DESIGNS =
      List.of(PositioningDesign.national(), PositioningDesign.certamen());

  @Test
  void ourDesignNeedsFewerQuestionsForAtLeastTheSameAccuracy() {
    PositioningStudy.Report report = PositioningStudy.run(BANK, ParcoursCatalogue.demo().all(),
        DESIGNS, Population.STANDARD, 150, 1, 1);
    PositioningStudy.Row national = row(report, "all", "national");
    PositioningStudy.Row ours = row(report, "all", "certamen");

    assertThat(ours.meanQuestions()).isLessThan(national.meanQuestions());
    assertThat(ours.accuracy()).isGreaterThanOrEqualTo(national.accuracy());
    // Both stay above what answers alone could ever settle with.
    assertThat(ours.meanQuestions()).isGreaterThan(ours.noiseFreeMinimum() * 0.9);
    assertThat(report.rows()).hasSize(2 * (ParcoursCatalogue.demo().all().size() + 1));
  }

  @Test
  void theSameSeedGivesTheSameReport() {
    List<Parcours> two = ParcoursCatalogue.demo().all().subList(0, 2);

    assertThat(PositioningStudy.run(BANK, two, DESIGNS, Population.WIDE, 30, 7, 2).toTable())
        .isEqualTo(PositioningStudy.run(BANK, two, DESIGNS, Population.WIDE, 30, 7, 2).toTable())
        .contains("30 simulated pupils per seed, seeds 7..8, population wide",
            "clg-rentree-5e", "certamen", "national");
  }

  @Test
  void aPupilAboveEveryTargetIsClassifiedRightWithOneQuestionPerSubjectByOurDesign() {
    Parcours initiation = ParcoursCatalogue.demo().byId("initiation").orElseThrow();
    double[] latent = new double[BANK.size()];

    // θ = 6 and every latent draw 0: every answer is right, every subject at its target.
    double[] outcome = PositioningStudy.simulate(BANK, initiation, PositioningDesign.certamen(), 1,
        6, latent);

    int subjects = initiation.subjects().size();
    assertThat(outcome).containsExactly(subjects, subjects, subjects, 0, subjects);
  }

  private static PositioningStudy.Row row(PositioningStudy.Report report, String parcours,
      String design) {
    return report.rows().stream()
        .filter(r -> r.parcours().equals(parcours) && r.design().equals(design))
        .findFirst().orElseThrow();
  }
}
