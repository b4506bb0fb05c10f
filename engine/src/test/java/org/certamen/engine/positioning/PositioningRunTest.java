package org.certamen.engine.positioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import org.certamen.engine.bank.BankReader;
import org.certamen.engine.bank.Item;
import org.certamen.engine.bank.ItemBank;
import org.junit.jupiter.api.Test;

class PositioningRunTest {
  private static final ItemBank BANK = BankReader.demoBank();
  private static final ParcoursCatalogue CATALOGUE = ParcoursCatalogue.demo();

  @Test
  void aPupilWhoAnswersEverythingRightMastersEveryTargetSkill() {
    for (Parcours parcours : CATALOGUE.all()) {
      for (PositioningDesign design : new PositioningDesign[] {
          PositioningDesign.national(), PositioningDesign.certamen()}) {
        PositioningRun run = play(parcours, design, 7, item -> true);
        assertThat(run.masteryRate()).as(parcours.id() + " " + design).isEqualTo(1.0);
        assertThat(run.answers()).hasSizeLessThanOrEqualTo(parcours.subjects().size() * 2);
      }
    }
  }

  @Test
  void aPupilWhoAnswersEverythingWrongMastersNothing() {
    for (Parcours parcours : CATALOGUE.all()) {
      for (PositioningDesign design : new PositioningDesign[] {
          PositioningDesign.national(), PositioningDesign.certamen()}) {
        PositioningRun run = play(parcours, design, 7, item -> false);
        assertThat(run.masteryRate()).as(parcours.id() + " " + design).isZero();
      }
    }
  }

  static PositioningRun play(Parcours parcours, PositioningDesign design, long seed,
      Predicate<Item> knows) {
    PositioningRun run = PositioningRun.replay(BANK, parcours, design, seed, java.util.List.of());
    while (!run.isOver()) {
      Item item = run.nextItem().orElseThrow();
      run = run.record(knows.test(item) ? PositioningAnswer.correct(item.id())
          : PositioningAnswer.wrong(item.id()));
    }
    return run;
  }
}
