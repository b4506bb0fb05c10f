package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Checks the deployment files against the server without Docker: each exam server's variables are
 * options the server accepts, and its port, health check, store and trusted proxy match the other
 * services of {@code deploy/compose.yaml}; behind the proxy, whose address every connection comes
 * from, neither compose nor {@code deploy/local-cluster.sh} caps connections per address.
 */
class DeploymentFilesTest {
  private static final Path ROOT = Path.of("..");

  @Test
  @SuppressWarnings("unchecked")
  void composeStartsTwoServersOnRedisWithAofBehindAProxyScrapedByPrometheus() throws IOException {
    Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("deploy/compose.yaml")));
    Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
    assertThat(services).containsOnlyKeys("redis", "exam-a", "exam-b", "proxy", "prometheus");

    Map<String, Object> redis = services.get("redis");
    assertThat((List<String>) redis.get("command"))
        .containsSubsequence("--appendonly", "yes").containsSubsequence("--appendfsync", "always");
    assertThat((List<String>) redis.get("volumes")).anyMatch(volume -> volume.endsWith(":/data"));

    Map<String, Object> proxy = services.get("proxy");
    String proxyAddress = (String) ((Map<String, Map<String, Object>>) proxy.get("networks"))
        .get("certamen").get("ipv4_address");
    Map<String, String> proxyEnvironment = (Map<String, String>) proxy.get("environment");
    for (String name : List.of("exam-a", "exam-b")) {
      Map<String, Object> server = services.get(name);
      Map<String, String> environment = new HashMap<>((Map<String, String>) server.get("environment"));
      // ${NAME:-default} takes its default; ${NAME:?message} must come from the shell.
      environment.replaceAll((variable, value) -> value.startsWith("${")
          ? value.contains(":-") ? value.substring(value.indexOf(":-") + 2, value.length() - 1)
              : "value-from-the-shell-0123" : value);
      ServerConfig config = ServerConfig.parse(List.of(), environment);

      assertThat(config.store()).isEqualTo("redis://redis:6379");
      assertThat(config.publicUrl()).isEqualTo("http://localhost:8080");
      assertThat(config.operations().logFormat()).isEqualTo("json");
      assertThat(config.operations().trustedProxies()).containsExactly(proxyAddress);
      assertThat(config.operations().metricsToken()).isNotNull();
      assertThat(config.connections().maxConnectionsPerAddress()).isZero();
      assertThat(config.staffTokenGenerated()).isFalse();
      assertThat((List<String>) server.get("expose")).containsExactly(Integer.toString(config.port()));
      assertThat(proxyEnvironment.get("SERVERS")).contains("server " + name + ":" + config.port() + ";");
      String healthCheck = String.join(" ", (List<String>) ((Map<String, Object>) server.get("healthcheck")).get("test"));
      assertThat(healthCheck).contains("/dev/tcp/127.0.0.1/" + config.port(), "GET /health/ready", " 200 ");
    }

    String nginx = Files.readString(ROOT.resolve("deploy/nginx/certamen.conf.template"));
    assertThat(nginx).contains("hash $affinity consistent;", "proxy_buffering off;",
        "proxy_set_header X-Request-Id $request_id;", "listen ${LISTEN};", "${SERVERS}");
    assertThat((List<String>) proxy.get("volumes"))
        .contains("./nginx/certamen.conf.template:/etc/nginx/templates/default.conf.template:ro");

    Map<String, Object> prometheus = new Yaml().load(Files.readString(ROOT.resolve("deploy/prometheus/prometheus.yml")));
    Map<String, Object> job = ((List<Map<String, Object>>) prometheus.get("scrape_configs")).get(0);
    assertThat(job.get("metrics_path")).isEqualTo("/metrics");
    assertThat((List<String>) ((List<Map<String, Object>>) job.get("static_configs")).get(0).get("targets"))
        .containsExactly("exam-a:8080", "exam-b:8080");
  }

  @Test
  void theLocalClusterStartsItsServersWithoutACapPerAddress() throws IOException {
    String script = Files.readString(ROOT.resolve("deploy/local-cluster.sh")).replace("\\\n", " ");
    Matcher command = Pattern.compile("(?m)^\\s*\\$server_command (.*?)>").matcher(script);
    assertThat(command.find()).isTrue();
    // The shell's variables, as the script sets them: ports, and the Redis port in the store's address.
    List<String> options = List.of(command.group(1).replaceAll("\\$[a-z_]+", "1234")
        .replace("\"", "").trim().split("\\s+"));
    ServerConfig config = ServerConfig.parse(options, Map.of());
    assertThat(config.connections().maxConnectionsPerAddress()).isZero();
    assertThat(config.operations().trustedProxies()).containsExactly("127.0.0.1");
    assertThat(config.operations().logFormat()).isEqualTo("json");
  }

  @Test
  void theImageIsBuiltWithMavenAndRunsAsAnotherUserThanRootWithAHealthCheck() throws IOException {
    List<String> lines = Files.readAllLines(ROOT.resolve("Dockerfile"));
    assertThat(lines).filteredOn(line -> line.startsWith("FROM ")).hasSize(2)
        .first().asString().startsWith("FROM maven:");
    assertThat(lines).anyMatch(line -> line.startsWith("USER ") && !line.equals("USER root"));
    String dockerfile = String.join("\n", lines);
    assertThat(dockerfile).contains("CERTAMEN_PORT=8080", "EXPOSE 8080", "HEALTHCHECK",
        "/dev/tcp/127.0.0.1/8080", "GET /health/ready");
    ServerConfig.parse(List.of(), Map.of("CERTAMEN_PORT", "8080", "CERTAMEN_LOG_FORMAT", "json"));
  }

  @Test
  void theImageCopiesEveryFolderOfTheRepositoryThatTheServerJarPacks() throws IOException {
    String pom = Files.readString(ROOT.resolve("exam-server/pom.xml"));
    Matcher packed = Pattern.compile("<directory>\\.\\./([\\w-]+)</directory>").matcher(pom);
    List<String> folders = packed.results().map(found -> found.group(1)).distinct().toList();
    assertThat(folders).contains("invigilator-ui", "staff-ui");
    List<String> lines = Files.readAllLines(ROOT.resolve("Dockerfile"));
    for (String folder : folders) {
      assertThat(lines).as("the Dockerfile copies " + folder).contains("COPY " + folder + " " + folder);
    }
  }
}
