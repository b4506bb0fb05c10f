package org.certamen.engine.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import org.certamen.engine.bank.BankReader;
import org.certamen.engine.bank.Item;
import org.certamen.engine.bank.ItemBank;
import org.certamen.engine.bank.ItemType;
import org.certamen.engine.framework.CompetenceFramework;
import org.junit.jupiter.api.Test;

class SyntheticBankTest {
  private final CompetenceFramework crcn = CompetenceFramework.crcn();

  @Test
  void writesAValidBankWithTheRequestedItems() throws Exception {
    ItemBank bank = read(SyntheticBank.generate(crcn, 960, 1).toString());

    assertThat(bank.size()).isEqualTo(960);
    assertThat(bank.version()).contains("synthetic");
    assertThat(new HashSet<>(bank.items().stream().map(Item::type).toList()))
        .containsExactlyInAnyOrder(ItemType.values());
    assertThat(bank.items()).allSatisfy(item -> {
      assertThat(item.instruction()).startsWith("Question synthétique");
      assertThat(item.difficulty()).isBetween(-3.5, 3.5);
      assertThat(item.discrimination()).isBetween(0.4, 3.0);
    });
    double meanDiscrimination = bank.items().stream().mapToDouble(Item::discrimination)
        .average().orElseThrow();
    assertThat(meanDiscrimination).isBetween(1.2, 1.45);
  }

  @Test
  void groupsItemsInTubesOfAtMostFourWithinOneCompetence() throws Exception {
    ItemBank bank = read(SyntheticBank.generate(crcn, 500, 2).toString());
    Map<String, Integer> tubeSizes = new HashMap<>();
    Map<String, String> tubeCompetence = new HashMap<>();
    for (Item item : bank.items()) {
      tubeSizes.merge(item.tube(), 1, Integer::sum);
      assertThat(tubeCompetence.computeIfAbsent(item.tube(), t -> item.competence()))
          .isEqualTo(item.competence());
    }
    assertThat(tubeSizes.values()).allSatisfy(size -> assertThat(size).isBetween(1, 4));
    assertThat(tubeSizes.values().stream().filter(size -> size >= 2).count())
        .isGreaterThanOrEqualTo(tubeSizes.size() - 1);
    assertThat(new HashSet<>(tubeCompetence.values())).hasSize(16);
  }

  @Test
  void isReproducibleForASeed() {
    assertThat(SyntheticBank.generate(crcn, 100, 5)).isEqualTo(SyntheticBank.generate(crcn, 100, 5));
    assertThat(SyntheticBank.generate(crcn, 100, 5)).isNotEqualTo(SyntheticBank.generate(crcn, 100, 6));
  }

  private ItemBank read(String json) throws Exception {
    return new BankReader(crcn).read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }
}
