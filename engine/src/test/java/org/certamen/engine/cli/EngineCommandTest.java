package org.certamen.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineCommandTest {
  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private Path bank;

  @BeforeEach
  void generateBank() {
    bank = dir.resolve("bank.json");
    assertThat(run("generate-bank", "--items", "400", "--seed", "3", "--out", bank.toString()))
        .isEqualTo(EngineCommand.OK);
    out.reset();
  }

  @Test
  void validatesAGeneratedBankWithASummary() {
    assertThat(run("validate", "--bank", bank.toString())).isEqualTo(EngineCommand.OK);
    assertThat(stdout()).contains("valid bank", "400 items", "items per competence", "QROCM=100");
  }

  @Test
  void printsEveryProblemOfAnInvalidBankAndExitsWithOne() throws Exception {
    String text = Files.readString(bank)
        .replaceFirst("\"discrimination\" : [0-9.]+", "\"discrimination\" : -1")
        .replaceFirst("\"competence\" : \"[0-9.]+\"", "\"competence\" : \"7.7\"");
    Files.writeString(bank, text);

    assertThat(run("validate", "--bank", bank.toString())).isEqualTo(EngineCommand.INVALID_BANK);
    assertThat(stdout()).contains("2 problem(s)",
        "item #1 'syn-00001': field 'competence': unknown competence '7.7'",
        "item #1 'syn-00001': field 'discrimination': must be greater than 0");
  }

  @Test
  void simulatesAsOneJsonObject() throws Exception {
    assertThat(run("simulate", "--bank", bank.toString(), "--design", "certamen",
        "--candidates", "50", "--seed", "4", "--json")).isEqualTo(EngineCommand.OK);
    JsonNode json = new ObjectMapper().readTree(stdout());

    assertThat(json.get("candidates").asInt()).isEqualTo(50);
    assertThat(json.get("design").asText()).isEqualTo("certamen");
    assertThat(json.has("rmse")).isTrue();
  }

  @Test
  void simulatesAsATableTheAbilitiesOfAFile() throws Exception {
    Path thetas = dir.resolve("thetas.json");
    Files.writeString(thetas, "[-1, 0, 1.5]");

    assertThat(run("simulate", "--bank", bank.toString(), "--design", "pix-v3",
        "--candidates", "3", "--seed", "4", "--thetas", thetas.toString()))
        .isEqualTo(EngineCommand.OK);
    assertThat(stdout()).contains("design pix-v3", "3 candidates", "rmse");
  }

  @Test
  void namesTheLineOfABadAbilitiesFile() throws Exception {
    Path thetas = dir.resolve("thetas.json");
    Files.writeString(thetas, "[\n1,\n\"x\"]");

    assertThat(run("simulate", "--bank", bank.toString(), "--design", "pix-v3",
        "--candidates", "2", "--seed", "4", "--thetas", thetas.toString()))
        .isEqualTo(EngineCommand.USAGE);
    assertThat(stderr()).contains("--thetas", "line 3: element #2 is not a number")
        .doesNotContain("Exception", "\tat ");
  }

  @Test
  void refusesACandidateCountThatDisagreesWithTheAbilitiesFile() throws Exception {
    Path thetas = dir.resolve("thetas.json");
    Files.writeString(thetas, "[1, 2]");

    assertThat(run("simulate", "--bank", bank.toString(), "--design", "pix-v3",
        "--candidates", "5", "--seed", "4", "--thetas", thetas.toString()))
        .isEqualTo(EngineCommand.USAGE);
    assertThat(stderr()).contains("--candidates is 5 but the --thetas file holds 2");
  }

  @Test
  void namesTheBadOption() {
    assertThat(run("simulate", "--bank", bank.toString(), "--design", "certamen",
        "--candidates", "many", "--seed", "1")).isEqualTo(EngineCommand.USAGE);
    assertThat(stderr()).contains("option --candidates must be an integer ≥ 1, not 'many'");
  }

  @Test
  void namesAnUnknownDesign() {
    assertThat(run("simulate", "--bank", bank.toString(), "--design", "cat",
        "--candidates", "2", "--seed", "1")).isEqualTo(EngineCommand.USAGE);
    assertThat(stderr()).contains("unknown design 'cat'");
  }

  @Test
  void namesAMissingOrUnknownOption() {
    assertThat(run("simulate", "--bank", bank.toString(), "--candidates", "2", "--seed", "1"))
        .isEqualTo(EngineCommand.USAGE);
    assertThat(stderr()).contains("option --design is required");
    err.reset();
    assertThat(run("validate", "--bank", bank.toString(), "--verbose"))
        .isEqualTo(EngineCommand.USAGE);
    assertThat(stderr()).contains("unknown option '--verbose'");
  }

  @Test
  void namesAMissingFile() {
    assertThat(run("validate", "--bank", dir.resolve("none.json").toString()))
        .isEqualTo(EngineCommand.USAGE);
    assertThat(stderr()).contains("no such file", "none.json");
  }

  @Test
  void refusesToSimulateOnAnInvalidBank() throws Exception {
    Files.writeString(bank, "{\"version\": \"v\", \"items\": [{\"id\": \"x\"}]}");

    assertThat(run("simulate", "--bank", bank.toString(), "--design", "certamen",
        "--candidates", "2", "--seed", "1")).isEqualTo(EngineCommand.USAGE);
    assertThat(stderr()).contains("the bank is refused", "item #1 'x': field 'competence': missing");
  }

  @Test
  void namesAnUnknownOrMissingSubcommand() {
    assertThat(run("simulat")).isEqualTo(EngineCommand.USAGE);
    assertThat(stderr()).contains("unknown subcommand 'simulat'", "usage:");
    assertThat(run()).isEqualTo(EngineCommand.USAGE);
  }

  private int run(String... args) {
    return new EngineCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
