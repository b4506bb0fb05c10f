package org.certamen.engine.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.certamen.engine.AdaptiveRun;
import org.certamen.engine.Outcome;
import org.certamen.engine.TestBanks;
import org.certamen.engine.TestDesign;
import org.certamen.engine.bank.Item;
import org.certamen.engine.bank.ItemBank;
import org.certamen.engine.bank.ItemPool;
import org.junit.jupiter.api.Test;

class PixSelectorTest {
  /** 100,000 draws: the standard error of a share is at most 0.0016. */
  private static final int DRAWS = 100_000;
  private static final double SHARE_TOLERANCE = 0.008;

  @Test
  void coversTheSixteenCompetencesOnceEachInTheFirstSixteenQuestions() {
    ItemBank bank = TestBanks.random(12, 21);
    TestDesign design = TestDesign.named(TestDesign.PIX_V3, bank);
    for (long seed = 0; seed < 50; seed++) {
      List<String> competences = competencesShown(design.start(seed), seed);
      assertThat(new HashSet<>(competences.subList(0, 16))).hasSize(16);
    }
  }

  @Test
  void neverRepeatsACompetenceOfTheLastTwoAnswered() {
    ItemBank bank = TestBanks.random(12, 22);
    TestDesign design = TestDesign.named(TestDesign.PIX_V3, bank);
    for (long seed = 0; seed < 50; seed++) {
      List<String> competences = competencesShown(design.start(seed), seed);
      for (int q = 2; q < competences.size(); q++) {
        assertThat(competences.get(q)).isNotIn(competences.get(q - 1), competences.get(q - 2));
      }
    }
  }

  @Test
  void dropsTheRecentCompetenceFilterWhenItEmptiesThePool() {
    ItemBank bank = TestBanks.bank(TestBanks.item("x", "1.1", "t1", 1, 0),
        TestBanks.item("y", "1.1", "t2", 1, 0));
    SelectionContext context = context(bank, 20, new int[] {0, -1});

    assertThat(new PixSelector().select(context)).isIn(0, 1);
  }

  @Test
  void drawsTheFiveMostInformativeItemsWithThePublishedShares() {
    double[] discriminations = {1.2, 2.0, 0.5, 1.8, 1.6, 1.9, 1.7, 1.0};
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < discriminations.length; i++) {
      items.add(TestBanks.item("i" + i, "1." + (1 + i % 3), "t" + i, discriminations[i], 0));
    }
    ItemBank bank = TestBanks.bank(items.toArray(Item[]::new));
    // Ranked by information at θ = b = 0, i.e. by a: items 1, 5, 3, 6, 4.
    int[] ranked = {1, 5, 3, 6, 4};
    int[] counts = new int[bank.size()];
    SplittableRandom seeds = new SplittableRandom(3);
    PixSelector selector = new PixSelector();
    for (int draw = 0; draw < DRAWS; draw++) {
      counts[selector.select(context(bank, 20, new int[] {-1, -1}, seeds.split()))]++;
    }

    double[] expected = {0.51, 0.49 * 0.51, 0.49 * 0.49 * 0.51, 0.49 * 0.49 * 0.49 * 0.51,
        0.49 * 0.49 * 0.49 * 0.49};
    for (int rank = 0; rank < ranked.length; rank++) {
      assertThat(counts[ranked[rank]] / (double) DRAWS)
          .isCloseTo(expected[rank], within(SHARE_TOLERANCE));
    }
    assertThat(counts[0] + counts[2] + counts[7]).isZero();
  }

  private static List<String> competencesShown(AdaptiveRun test, long seed) {
    SplittableRandom answers = new SplittableRandom(seed);
    List<String> competences = new ArrayList<>();
    while (!test.isFinished()) {
      Item item = test.currentItem().orElseThrow();
      competences.add(item.competence());
      test.answer(item.id(), answers.nextBoolean() ? Outcome.CORRECT : Outcome.WRONG);
    }
    assertThat(competences).hasSize(32);
    return competences;
  }

  private static SelectionContext context(ItemBank bank, int position, int[] recent) {
    return context(bank, position, recent, new SplittableRandom(1));
  }

  private static SelectionContext context(ItemBank bank, int position, int[] recent,
      SplittableRandom random) {
    int[] counts = new int[16];
    java.util.Arrays.fill(counts, 1);
    return new SelectionContext(bank, position, 32, 0, new BitSet(),
        new BitSet(), counts, recent, -1, ItemPool.STANDARD, random, 1);
  }

  @Test
  void keepsOneItemPerTube() {
    ItemBank bank = TestBanks.random(12, 23);
    TestDesign design = TestDesign.named(TestDesign.PIX_V3, bank);
    AdaptiveRun test = design.start(4);
    Set<String> tubes = new HashSet<>();
    while (!test.isFinished()) {
      Item item = test.currentItem().orElseThrow();
      assertThat(tubes.add(item.tube())).isTrue();
      test.answer(item.id(), Outcome.CORRECT);
    }
  }
}
