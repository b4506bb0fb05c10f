package org.certamen.engine.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.certamen.engine.TestBanks;
import org.certamen.engine.TestDesign;
import org.certamen.engine.bank.BankReader;
import org.certamen.engine.bank.ItemBank;
import org.junit.jupiter.api.Test;

class SimulatorTest {
  private final ItemBank bank = TestBanks.random(40, 12);

  @Test
  void givesTheSameFiguresForTheSameSeed() {
    double[] thetas = Population.STANDARD.draw(300, 9);
    SimulationReport first = new Simulator(bank, TestDesign.CERTAMEN).run(thetas, 9);
    SimulationReport second = new Simulator(bank, TestDesign.CERTAMEN).run(thetas, 9);

    assertThat(withoutTimes(second)).isEqualTo(withoutTimes(first));
    assertThat(new Simulator(bank, TestDesign.CERTAMEN).run(thetas, 10).rmse())
        .isNotEqualTo(first.rmse());
  }

  @Test
  void drawsTheSamePopulationForTheSameSeed() {
    assertThat(Population.STANDARD.draw(50, 3)).containsExactly(Population.STANDARD.draw(50, 3));
    assertThat(Population.STANDARD.draw(50, 3)).isNotEqualTo(Population.STANDARD.draw(50, 4));
  }

  @Test
  void recoversAbilitiesWithSaneAccuracyOnASyntheticBank() {
    SimulationReport report = new Simulator(bank, TestDesign.CERTAMEN)
        .run(Population.STANDARD.draw(2000, 1), 1);

    assertThat(report.candidates()).isEqualTo(2000);
    assertThat(report.rmse()).isBetween(0.15, 0.35);
    assertThat(Math.abs(report.bias())).isLessThan(0.05);
    assertThat(report.correlation()).isGreaterThan(0.93);
    assertThat(report.standardErrorRatio()).isBetween(0.9, 1.1);
    assertThat(report.coverage95()).isBetween(0.92, 0.98);
    assertThat(report.levelAgreement()).isBetween(0.6, 1.0);
    assertThat(report.scoreMeanAbsoluteError()).isPositive().isLessThan(40);
    assertThat(report.minCompetencesCovered()).isEqualTo(16);
    assertThat(report.decisionMicrosP99()).isGreaterThanOrEqualTo(report.decisionMicrosP50());
    assertThat(report.bands()).hasSize(7);
    assertThat(report.bands().stream().mapToInt(SimulationReport.Band::n).sum()).isEqualTo(2000);
  }

  @Test
  void reportsEmptyBandsWithoutFigures() {
    SimulationReport report = new Simulator(bank, TestDesign.PIX_V3).run(new double[] {0.5, 0.7}, 1);

    assertThat(report.bands()).filteredOn(band -> band.n() == 0)
        .allSatisfy(band -> assertThat(band.rmse()).isNull()).hasSize(6);
    assertThat(report.bands().get(3)).satisfies(band -> {
      assertThat(band.label()).isEqualTo("0..1");
      assertThat(band.n()).isEqualTo(2);
    });
  }

  @Test
  void writesOneJsonObjectWithTheDocumentedKeys() throws Exception {
    SimulationReport report = new Simulator(bank, TestDesign.PIX_V3)
        .run(Population.STANDARD.draw(20, 2), 2);
    JsonNode json = new ObjectMapper().readTree(report.toJson());

    assertThat(json.fieldNames()).toIterable().contains("rmse", "bias", "correlation",
        "meanStandardError", "scoreMeanAbsoluteError", "levelAgreement", "maxExposure",
        "neverUsedShare", "minCompetencesCovered", "decisionMicrosP50", "decisionMicrosP99",
        "standardErrorRatio", "coverage95", "shareAboveMaxExposure", "overlapRate", "bands");
    assertThat(json.get("bands").get(0).fieldNames()).toIterable()
        .containsExactly("label", "n", "rmse", "bias");
    assertThat(json.get("rmse").asDouble()).isEqualTo(report.rmse());
  }

  @Test
  void printsAReadableTable() {
    String table = new Simulator(bank, TestDesign.CERTAMEN)
        .run(Population.STANDARD.draw(20, 2), 2).toTable();

    assertThat(table).contains("design certamen", "rmse", "max exposure", "decision p99", "2..3");
  }

  @Test
  void certamenIsAsAccurateAsTheNationalDesignOnTheDemoBankWithAQuarterOfItsExposure() {
    ItemBank demo = BankReader.demoBank();
    double[] thetas = Population.STANDARD.draw(2000, 1);
    SimulationReport pix = new Simulator(demo, TestDesign.PIX_V3).run(thetas, 1);
    SimulationReport certamen = new Simulator(demo, TestDesign.CERTAMEN).run(thetas, 1);

    assertThat(certamen.rmse()).isLessThanOrEqualTo(1.02 * pix.rmse());
    assertThat(certamen.maxExposure()).isLessThanOrEqualTo(0.25);
    assertThat(pix.maxExposure()).isGreaterThan(0.5);
    assertThat(certamen.standardErrorRatio()).isBetween(0.9, 1.1);
    assertThat(certamen.minCompetencesCovered()).isEqualTo(16);
    assertThat(certamen.maxQuestionsPerCompetence()).isLessThanOrEqualTo(3);
  }

  @Test
  void refusesAnUnknownDesign() {
    assertThatThrownBy(() -> new Simulator(bank, "cat")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cat");
  }

  private static SimulationReport withoutTimes(SimulationReport report) {
    return new SimulationReport(report.design(), report.bankVersion(), report.bankSize(),
        report.pool(), report.candidates(), report.incompleteTests(), report.seed(), report.rmse(), report.bias(), report.correlation(),
        report.meanStandardError(), report.standardErrorRatio(), report.coverage95(),
        report.scoreMeanAbsoluteError(), report.levelAgreement(), report.maxExposure(),
        report.neverUsedShare(), report.shareAboveMaxExposure(), report.overlapRate(),
        report.minCompetencesCovered(), report.maxQuestionsPerCompetence(), 0, 0, report.bands());
  }
}
