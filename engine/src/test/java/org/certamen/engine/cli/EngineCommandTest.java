package org.certamen.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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
  void refusesABankThatCannotServeWholeTestsAndSaysWhatIsShort() {
    Path small = dir.resolve("small.json");
    run("generate-bank", "--items", "40", "--seed", "1", "--out", small.toString());
    out.reset();

    assertThat(run("validate", "--bank", small.toString())).isEqualTo(EngineCommand.INVALID_BANK);
    assertThat(stdout()).contains("valid bank", "40 items, 13 tubes",
        "the bank cannot serve whole tests of 32 questions",
        "standard pool, all competences: 13 tubes, 36 needed (23 short)",
        "accessible pool, competence 5.2: 0 tubes, 6 needed (6 short)");
  }

  @Test
  void generatesABankOfTheShapeAsked() throws Exception {
    Path shaped = dir.resolve("shaped.json");
    assertThat(run("generate-bank", "--items", "900", "--seed", "2", "--out", shaped.toString(),
        "--tubes-per-competence", "6-9", "--accessible-share", "0.8",
        "--discrimination-spread", "0.45", "--difficulty-spread", "2.5"))
        .isEqualTo(EngineCommand.OK);
    JsonNode items = new ObjectMapper().readTree(shaped.toFile()).get("items");

    Map<String, Set<String>> tubes = new HashMap<>();
    int accessible = 0;
    for (JsonNode item : items) {
      tubes.computeIfAbsent(item.get("competence").asText(), c -> new HashSet<>())
          .add(item.get("tube").asText());
      accessible += item.get("accessible").asBoolean() ? 1 : 0;
      assertThat(Math.abs(item.get("difficulty").asDouble())).isLessThanOrEqualTo(2.5);
    }
    assertThat(tubes).hasSize(16);
    assertThat(tubes.values()).allSatisfy(t -> assertThat(t.size()).isBetween(6, 9));
    // 720 expected; the binomial SD is 12.
    assertThat(accessible).isBetween(680, 760);
  }

  @Test
  void simulatesTheAccessiblePoolOnAWidePopulation() throws Exception {
    assertThat(run("simulate", "--bank", bank.toString(), "--design", "certamen",
        "--candidates", "50", "--seed", "4", "--population", "wide", "--accessible", "--json"))
        .isEqualTo(EngineCommand.OK);
    JsonNode json = new ObjectMapper().readTree(stdout());

    assertThat(json.get("pool").asText()).isEqualTo("ACCESSIBLE");
    assertThat(json.get("incompleteTests").asInt()).isZero();
  }

  @Test
  void namesABadShapeOrPopulation() {
    assertThat(run("generate-bank", "--items", "90", "--seed", "1", "--out",
        dir.resolve("x.json").toString(), "--tubes-per-competence", "9-6"))
        .isEqualTo(EngineCommand.USAGE);
    assertThat(stderr()).contains("the tubes per competence must be a range MIN-MAX");
    err.reset();
    assertThat(run("simulate", "--bank", bank.toString(), "--design", "certamen",
        "--candidates", "5", "--seed", "1", "--population", "tall")).isEqualTo(EngineCommand.USAGE);
    assertThat(stderr()).contains("option '--population'", "(case-insensitive) but was 'tall'");
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
    assertThat(stderr()).contains("Invalid value for option '--candidates': 'many' is not an int");
    err.reset();
    assertThat(run("simulate", "--bank", bank.toString(), "--design", "certamen",
        "--candidates", "0", "--seed", "1")).isEqualTo(EngineCommand.USAGE);
    assertThat(stderr()).contains("option --candidates must be an integer ≥ 1, not '0'");
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
    assertThat(stderr()).contains("Missing required option: '--design=NAME'");
    err.reset();
    assertThat(run("validate", "--bank", bank.toString(), "--verbose"))
        .isEqualTo(EngineCommand.USAGE);
    assertThat(stderr()).contains("Unknown option: '--verbose'");
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
  void comparesBothPositioningDesignsOnEveryParcours() {
    assertThat(run("positioning-study", "--pupils", "20", "--seed", "3", "--seeds", "2"))
        .isEqualTo(EngineCommand.OK);

    assertThat(stdout()).contains("20 simulated pupils per seed, seeds 3..4, population standard",
        "clg-rentree-5e", "lyc-rentree-2de", "initiation", "national", "certamen", "all");
  }

  @Test
  void refusesAPositioningStudyWithoutPupils() {
    assertThat(run("positioning-study", "--seed", "3")).isEqualTo(EngineCommand.USAGE);
    assertThat(stderr()).contains("Missing required option: '--pupils=N'",
        "Usage: engine.jar positioning-study");
    assertThat(run("positioning-study", "--pupils", "5", "--seed", "3", "--seeds", "0"))
        .isEqualTo(EngineCommand.USAGE);
  }

  @Test
  void namesAnUnknownOrMissingSubcommand() {
    assertThat(run("simulat")).isEqualTo(EngineCommand.USAGE);
    assertThat(stderr()).contains("Unmatched argument at index 0: 'simulat'", "Usage:");
    err.reset();
    assertThat(run()).isEqualTo(EngineCommand.USAGE);
    assertThat(stderr()).contains("Missing required subcommand", "Usage:");
  }

  @Test
  void printsTheHelpOfTheCommandAndOfEachSubcommand() {
    assertThat(run("--help")).isEqualTo(EngineCommand.OK);
    assertThat(stdout()).contains("Usage: engine.jar", "simulate", "generate-bank", "validate",
        "positioning-study");
    out.reset();
    assertThat(run("simulate", "--help")).isEqualTo(EngineCommand.OK);
    assertThat(stdout()).contains("Usage: engine.jar simulate", "--thetas=FILE",
        "certamen, pix-v3");
    out.reset();
    assertThat(run("generate-bank", "-h")).isEqualTo(EngineCommand.OK);
    assertThat(stdout()).contains("--tubes-per-competence=MIN-MAX", "(default 0.25)");
    out.reset();
    assertThat(run("validate", "--help")).isEqualTo(EngineCommand.OK);
    assertThat(stdout()).contains("Usage: engine.jar validate");
    assertThat(stderr()).isEmpty();
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
