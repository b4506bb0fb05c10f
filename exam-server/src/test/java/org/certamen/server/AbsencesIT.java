package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certamen.server.ErrorPathsIT.assertProblem;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.certamen.server.results.Csv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Pupils who never came: marked absent by the invigilator or by the finalisation, shown on the
 * attendance sheet and listed as absent in the results; the session then reads as finalised.
 */
class AbsencesIT {
  private static final String STAFF = TestServer.STAFF_TOKEN;

  /** Set by {@link EveryStore} before each run. */
  TestStores.Factory stores;

  private TestServer server;
  private ExamFlow flow;
  private ExamFlow.Planned session;
  private ExamFlow.Entered present;
  private String markedAbsent;
  private String neverCame;

  @BeforeEach
  void runTheSession() {
    server = new TestServer(stores);
    flow = new ExamFlow(server);
    session = flow.planSession();
    present = flow.startedCandidate(session, "Lefèvre");
    markedAbsent = flow.enrol(session, "Bernard", "Léa", "2012-05-06", 0);
    neverCame = flow.enrol(session, "Petit", "Hugo", "2012-07-08", 0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @EveryStore
  void theInvigilatorMarksAbsentOnlyWhoNeverStarted() throws IOException {
    assertThat(markAbsent(markedAbsent).status()).isEqualTo(200);
    assertThat(status(markedAbsent)).isEqualTo("ABSENT");
    assertThat(flow.supervision(session).getJsonObject("counts").getInteger("ABSENT")).isEqualTo(1);
    TestServer.Reply refused = markAbsent(present.candidateId());
    assertProblem(refused, 409, "CANNOT_MARK_ABSENT");
    assertThat(refused.json().getString("detail")).contains("seulement terminé");
    assertThat(status(present.candidateId())).isEqualTo("IN_PROGRESS");

    TestServer.Download sheet = server.download("/api/sessions/" + session.id()
        + "/attendance-sheet.pdf", STAFF);
    try (PDDocument pdf = Loader.loadPDF(sheet.bytes())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains("Absence", "Absences notées : 1");
      assertThat(text.lines().filter(line -> line.contains("absent·e")).toList())
          .singleElement().asString().contains("Bernard");
    }

    // A pupil marked absent who arrives after all waits for the invigilator.
    flow.enter(session, "Bernard", "Léa", "2012-05-06");
    assertThat(status(markedAbsent)).isEqualTo("WAITING_AUTHORIZATION");
  }

  @EveryStore
  void finalisationMarksAbsentWhoNeverCameAndTheResultsListThem() {
    markAbsent(markedAbsent);
    assertThat(flow.supervision(session).getString("stage")).isEqualTo("underway");
    JsonObject report = new JsonObject().put("comment", "").put("hasIncident", false)
        .put("hasJoiningIssue", false)
        .put("incidents", new JsonArray().add(new JsonObject()
            .put("candidateId", present.candidateId()).put("category", "LATE_OR_LEAVING")
            .put("description", "Arrivée à 9 h 20.")))
        .put("abortReasons", new JsonObject().put(present.candidateId(), "candidate"));
    TestServer.Reply finalized = server.post("/api/sessions/" + session.id() + "/finalization",
        session.invigilatorToken(), report);
    assertThat(finalized.status()).as(finalized.body()).isEqualTo(201);
    // One incident reported: the session had an incident, whatever the box said.
    assertThat(finalized.json().getBoolean("hasIncident")).isTrue();

    JsonObject view = flow.supervision(session);
    assertThat(view.getString("stage")).isEqualTo("finalized");
    assertThat(status(neverCame)).isEqualTo("ABSENT");
    assertProblem(markAbsent(present.candidateId()), 409, "SESSION_FINALIZED");

    Map<String, JsonObject> results = new JsonArray(server.get("/api/sessions/" + session.id()
        + "/results", STAFF).body()).stream().map(JsonObject.class::cast)
        .collect(Collectors.toMap(r -> r.getString("candidateId"), r -> r));
    assertThat(results).hasSize(3);
    assertThat(results.get(neverCame).getString("status")).isEqualTo("absent");
    assertThat(results.get(markedAbsent).getString("status")).isEqualTo("absent");
    // Left after no answer: rejected, not absent.
    assertThat(results.get(present.candidateId()).getString("status")).isEqualTo("rejected");

    assertThat(server.post("/api/sessions/" + session.id() + "/publication", STAFF, null)
        .status()).isEqualTo(201);
    assertThat(flow.supervision(session).getString("stage")).isEqualTo("published");
    List<List<String>> rows = Csv.parse(server.download("/api/sessions/" + session.id()
        + "/results.csv", STAFF).text().substring(1));
    assertThat(rows).hasSize(4);
    assertThat(rows.stream().filter(row -> row.get(6).equals("Absence")).map(row -> row.get(2)))
        .containsExactlyInAnyOrder("Bernard", "Petit");
  }

  private TestServer.Reply markAbsent(String candidateId) {
    return server.post("/api/sessions/" + session.id() + "/candidates/" + candidateId
        + "/mark-absent", session.invigilatorToken(), null);
  }

  private String status(String candidateId) {
    return flow.supervision(session).getJsonArray("candidates").stream()
        .map(JsonObject.class::cast).filter(line -> line.getString("candidateId").equals(candidateId))
        .findFirst().orElseThrow().getString("status");
  }
}
