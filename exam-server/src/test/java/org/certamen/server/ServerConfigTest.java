package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.certamen.server.http.ConnectionLimits;
import org.junit.jupiter.api.Test;

class ServerConfigTest {

  @Test
  void defaultsToPort8080InMemoryWithTheCertamenDesign() {
    ServerConfig config = ServerConfig.parse(List.of(), Map.of());
    assertThat(config.port()).isEqualTo(8080);
    assertThat(config.store()).isEqualTo("memory");
    assertThat(config.design()).isEqualTo("certamen");
    assertThat(config.bank()).isNull();
    assertThat(config.demo()).isFalse();
    assertThat(config.questionTimeLimit()).isNull();
    assertThat(config.smtp()).isNull();
    assertThat(config.eventLoops()).isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(config.staffTokenGenerated()).isTrue();
    assertThat(config.staffToken()).hasSizeGreaterThanOrEqualTo(22);
    assertThat(config.connections()).isEqualTo(ConnectionLimits.defaults());
  }

  @Test
  void capsConnectionsBelowTheFileDescriptorLimitUnlessTold() {
    assertThat(ConnectionLimits.defaults().connectionsFor(1024)).isEqualTo(768);
    assertThat(ConnectionLimits.defaults().connectionsFor(65_536)).isEqualTo(65_280);
    assertThat(ConnectionLimits.defaults().connectionsFor(100)).isEqualTo(64);
    assertThat(ServerConfig.parse(List.of("--max-connections", "5000"), Map.of()).connections()
        .connectionsFor(1024)).isEqualTo(5000);
  }

  @Test
  void readsEveryOption() {
    ServerConfig config = ServerConfig.parse(List.of("--port", "0", "--bank", "bank.json",
        "--design", "pix-v3", "--store", "redis://127.0.0.1:6379", "--min-extension-version",
        "1.4.0", "--demo", "--question-time-limit-seconds", "90", "--smtp-host", "mail.example",
        "--smtp-port", "2525", "--smtp-from", "certamen@college.example", "--event-loops", "3",
        "--public-url", "https://certification.mon-academie.fr/",
        "--request-read-timeout-seconds", "5", "--idle-timeout-seconds", "30", "--max-connections",
        "900", "--max-connections-per-address", "0"),
        Map.of(ServerConfig.STAFF_TOKEN_VARIABLE, "chosen"));
    assertThat(config).isEqualTo(new ServerConfig(0, Path.of("bank.json"), "pix-v3",
        "redis://127.0.0.1:6379", "1.4.0", true, "chosen", false, Duration.ofSeconds(90),
        new ServerConfig.Smtp("mail.example", 2525, "certamen@college.example"), 3,
        "https://certification.mon-academie.fr",
        new ConnectionLimits(Duration.ofSeconds(5), Duration.ofSeconds(30), 900, 0)));
  }

  @Test
  void acceptsARedisClusterNamedByOneOrMoreNodes() {
    assertThat(ServerConfig.parse(List.of("--store", "redis-cluster://10.0.0.5:7000,10.0.0.6:7000"),
        Map.of()).store()).isEqualTo("redis-cluster://10.0.0.5:7000,10.0.0.6:7000");
    assertThat(ServerConfig.parse(List.of("--store", "redis-cluster://redis-a:7000"), Map.of())
        .store()).isEqualTo("redis-cluster://redis-a:7000");
  }

  @Test
  void refusesBadOptionsNamingThem() {
    assertRefused(List.of("--port", "http"), "--port");
    assertRefused(List.of("--port", "70000"), "--port");
    assertRefused(List.of("--design", "fast"), "--design");
    assertRefused(List.of("--store", "mysql://x"), "--store");
    assertRefused(List.of("--store", "redis-cluster://"), "--store");
    assertRefused(List.of("--store", "redis-cluster://a:1,"), "--store");
    assertRefused(List.of("--min-extension-version", "v1"), "--min-extension-version");
    assertRefused(List.of("--bank"), "--bank");
    assertRefused(List.of("--smtp-port", "smtp"), "--smtp-port");
    assertRefused(List.of("--smtp-from", "nobody"), "--smtp-from");
    assertRefused(List.of("--request-read-timeout-seconds", "0"), "--request-read-timeout-seconds");
    assertRefused(List.of("--idle-timeout-seconds", "soon"), "--idle-timeout-seconds");
    assertRefused(List.of("--max-connections", "0"), "--max-connections");
    assertRefused(List.of("--max-connections-per-address", "-1"), "--max-connections-per-address");
    assertRefused(List.of("--event-loops", "0"), "--event-loops");
    assertRefused(List.of("--public-url", "certification.mon-academie.fr"), "--public-url");
    assertRefused(List.of("--public-url", "ftp://mon-academie.fr"), "--public-url");
    assertRefused(List.of("--colour", "red"), "--colour");
  }

  private static void assertRefused(List<String> args, String named) {
    assertThatThrownBy(() -> ServerConfig.parse(args, Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(named);
  }
}
