package org.certamen.engine.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.certamen.engine.TestBanks;
import org.certamen.engine.TestDesign;
import org.junit.jupiter.api.Test;

class BankCapacityTest {
  @Test
  void acceptsTheDemoBankForBothPools() {
    assertThat(BankCapacity.check(BankReader.demoBank(), TestDesign.LENGTH)).isEmpty();
  }

  @Test
  void needsTheShareOfEachCompetencePlusFourSpareTubes() {
    // 12 items in tubes of 2: 6 tubes per competence, exactly 2 + 4.
    assertThat(BankCapacity.check(TestBanks.random(12, 1), TestDesign.LENGTH)).isEmpty();

    List<BankCapacity.Shortfall> short5 = BankCapacity.check(TestBanks.random(10, 1),
        TestDesign.LENGTH);

    assertThat(short5).hasSize(32).allSatisfy(s -> {
      assertThat(s.tubes()).isEqualTo(5);
      assertThat(s.needed()).isEqualTo(6);
    });
    assertThat(short5.get(0).describe())
        .isEqualTo("standard pool, competence 1.1: 5 tubes, 6 needed (1 short)");
  }

  @Test
  void countsOnlyTubesHoldingAnAccessibleItemForTheAccessiblePool() {
    // 6 tubes per competence, of which the first 4 hold accessible items.
    ItemBank bank = TestBanks.random(12, 1, i -> i < 8);

    List<BankCapacity.Shortfall> shortfalls = BankCapacity.check(bank, TestDesign.LENGTH);

    assertThat(shortfalls).hasSize(16)
        .allSatisfy(s -> assertThat(s.pool()).isEqualTo(ItemPool.ACCESSIBLE))
        .allSatisfy(s -> assertThat(s.tubes()).isEqualTo(4));
  }

  @Test
  void reportsTheWholePoolWhenItHasFewerTubesThanATestNeeds() {
    // 40 items, one tube per item pair in a few competences: the case of the issue, 13 tubes or so.
    ItemBank small = TestBanks.bank(java.util.stream.IntStream.range(0, 26)
        .mapToObj(i -> TestBanks.item("i" + i, "1.1", "t" + (i / 2), 1.2, 0))
        .toArray(Item[]::new));

    List<BankCapacity.Shortfall> shortfalls = BankCapacity.check(small, TestDesign.LENGTH);

    assertThat(shortfalls).anySatisfy(s -> {
      assertThat(s.competence()).isNull();
      assertThat(s.tubes()).isEqualTo(13);
      assertThat(s.needed()).isEqualTo(36);
      assertThat(s.describe()).isEqualTo("standard pool, all competences: 13 tubes, 36 needed (23 short)");
    });
    assertThat(shortfalls).anySatisfy(s -> assertThat(s.describe())
        .isEqualTo("accessible pool, competence 5.2: 0 tubes, 6 needed (6 short)"));
    assertThat(BankCapacity.describe(shortfalls, 32)).startsWith(
        "the bank cannot serve whole tests of 32 questions (one item per tube, 4 spare tubes per"
            + " competence for replacements); 32 shortfalls:");
  }
}
