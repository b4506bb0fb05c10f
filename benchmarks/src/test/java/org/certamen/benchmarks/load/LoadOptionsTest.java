package org.certamen.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadOptionsTest {
  @Test
  void readsTheDocumentedOptions() {
    LoadOptions options = LoadOptions.parse(List.of("--target", "http://127.0.0.1:8080",
        "--staff-token", "T", "--candidates", "5000", "--think-ms", "0", "--json"), Map.of());

    assertThat(options.targets()).containsExactly(URI.create("http://127.0.0.1:8080"));
    assertThat(options.candidates()).isEqualTo(5000);
    assertThat(options.json()).isTrue();
    assertThat(options.answers()).isEqualTo(32);
    assertThat(options.connections()).isEqualTo(LoadOptions.DEFAULT_CONNECTIONS);
  }

  @Test
  void spreadsRequestsOverSeveralTargetsAndTakesTheTokenFromTheEnvironment() {
    LoadOptions options = LoadOptions.parse(List.of("--targets",
        "http://127.0.0.1:8080,http://localhost:8081", "--candidates", "20"),
        Map.of("CERTAMEN_STAFF_TOKEN", "from-env"));

    assertThat(options.targets()).hasSize(2);
    assertThat(options.staffToken()).isEqualTo("from-env");
  }

  @Test
  void refusesATargetThatIsNotOnLoopback() {
    assertThatThrownBy(() -> LoadOptions.parse(List.of("--target", "http://example.org:80",
        "--staff-token", "T", "--candidates", "1"), Map.of()))
        .hasMessageContaining("only loopback");
  }

  @Test
  void namesTheOptionWhoseValueIsWrong() {
    assertThatThrownBy(() -> LoadOptions.parse(List.of("--target", "http://127.0.0.1:8080",
        "--staff-token", "T", "--candidates", "many"), Map.of()))
        .hasMessageContaining("--candidates").hasMessageContaining("many");
  }
}
