package org.certamen.engine.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TrueAbilitiesTest {

  @Test
  void readsAnArrayOfNumbers() throws IOException {
    assertThat(read("[-1.5, 0, 2, 3.25e0]")).containsExactly(-1.5, 0, 2, 3.25);
  }

  @Test
  void namesTheLineOfAnElementThatIsNotANumber() {
    assertThatThrownBy(() -> read("[\n 0.5,\n \"high\",\n 1]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 3: element #2 is not a number");
  }

  @Test
  void refusesANumberThatIsNotFinite() {
    assertThatThrownBy(() -> read("[0, 1e999]")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 1: element #2 is not a finite number");
  }

  @Test
  void refusesWhatIsNotAnArray() {
    assertThatThrownBy(() -> read("{\"thetas\": [1]}")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 1: expected a JSON array of numbers");
  }

  @Test
  void refusesAnEmptyArray() {
    assertThatThrownBy(() -> read("[]")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the array of abilities is empty");
  }

  @Test
  void namesTheLineOfBrokenJson() {
    assertThatThrownBy(() -> read("[1,\n2,,3]")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("line 2, column");
  }

  @Test
  void refusesAnUnclosedArrayOrTrailingContent() {
    assertThatThrownBy(() -> read("[1, 2")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> read("[1] [2]")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 1: unexpected content after the array");
  }

  private static double[] read(String text) throws IOException {
    return TrueAbilities.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }
}
