package org.certamen.server.results;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.certamen.engine.framework.CompetenceFramework;
import org.certamen.server.EveryStore;
import org.certamen.server.ExamFlow;
import org.certamen.server.TestBank;
import org.certamen.server.TestServer;
import org.certamen.server.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The whole path after the exam over HTTP: a session run to the end, finalised with incidents,
 * processed by staff as a jury, published; results, CSV, PDFs and certificate checks.
 */
class AfterTheExamIT {
  private static final String STAFF = TestServer.STAFF_TOKEN;
  private static final String ODD_LAST_NAME = "Œuvray; Dupont";
  private static final String ODD_FIRST_NAME = "Françoise \"Fanfan\"";

  /** Set by {@link EveryStore} before each run. */
  TestStores.Factory stores;

  private TestServer server;
  private ExamFlow flow;
  private ExamFlow.Planned session;
  /** Candidate ids by the role they play: complete, odd, left, technical, fraud. */
  private final Map<String, String> ids = new HashMap<>();
  private final Map<String, ExamFlow.Entered> entered = new HashMap<>();

  @BeforeEach
  void runTheSession() {
    server = new TestServer(stores);
    flow = new ExamFlow(server);
    session = flow.planSession();
    // Complete, all correct; in 3e B.
    take("complete", "Lefèvre", "Zoé", "3e B", 32, true);
    // Complete, half correct, a name with ';', quotes and Œ; in 3e A.
    take("odd", ODD_LAST_NAME, ODD_FIRST_NAME, "3e A", 32, false);
    // Leaves after 25 answers: the test is still running at finalisation.
    take("left", "Martin", "Léo", "3e B", 25, true);
    // A technical problem after 5 answers: the invigilator ends the test.
    take("technical", "Petit", "Inès", "3e A", 5, true);
    TestServer.Reply ended = server.post(candidatePath("technical") + "/end-test",
        session.invigilatorToken(), new JsonObject().put("reason", "Panne de l'ordinateur"));
    assertThat(ended.status()).as(ended.body()).isEqualTo(200);
    // Completes, but is caught cheating.
    take("fraud", "Durand", "Noé", "3e B", 32, true);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @EveryStore
  void processesASessionFromFinalisationToPublishedDocuments() throws IOException {
    TestServer.Reply finalized = server.post(sessionPath() + "/finalization",
        session.invigilatorToken(), completeReport());
    assertThat(finalized.status()).as(finalized.body()).isEqualTo(201);
    assertThat(finalized.json().getString("finalizedBy")).isEqualTo("invigilator");
    assertThat(finalized.json().getJsonArray("incidents")).hasSize(3);
    // The test still running was ended by the finalisation.
    assertThat(flow.supervision(session).getJsonArray("candidates").stream()
        .map(JsonObject.class::cast)
        .filter(line -> line.getString("candidateId").equals(ids.get("left")))
        .findFirst().orElseThrow().getString("status")).isEqualTo("ENDED_BY_INVIGILATOR");

    JsonObject waiting = waitingSession();
    assertThat(waiting.getBoolean("needsPerson")).isTrue();
    assertThat(waiting.getJsonArray("reasons").getList())
        .containsExactly("FRAUD", "GLOBAL_COMMENT", "UNRESOLVED_IN_QUESTION_INCIDENT");
    assertThat(waiting.getInteger("resultCount")).isEqualTo(5);

    Map<String, JsonObject> scored = results(STAFF);
    assertThat(scored).hasSize(5);
    assertValidated(scored.get("complete"));
    assertValidated(scored.get("odd"));
    assertValidated(scored.get("left"));
    assertThat(scored.get("left").getInteger("answeredQuestions")).isEqualTo(25);
    assertThat(scored.get("left").getString("ending")).isEqualTo("LEFT_BY_CANDIDATE");
    assertNotValidated(scored.get("technical"), "cancelled", "TECHNICAL_TOO_FEW_ANSWERS");
    assertNotValidated(scored.get("fraud"), "rejected", "FRAUD");
    assertThat(scored.values()).allSatisfy(r -> assertThat(r.getInteger("version")).isEqualTo(1));

    // The jury neutralises the reported question: a new version, scored without it.
    JsonObject neutralised = jury("complete", new JsonObject().put("action", "neutralize")
        .put("questionNumber", 5), 201).json();
    assertThat(neutralised.getInteger("version")).isEqualTo(2);
    assertThat(neutralised.getString("change")).isEqualTo("neutralize");
    assertThat(neutralised.getString("changedBy")).isEqualTo("system");
    assertThat(neutralised.getJsonArray("neutralizedQuestions").getList()).containsExactly(5);
    assertThat(neutralised.getDouble("standardError"))
        .isNotEqualTo(scored.get("complete").getDouble("standardError"));
    JsonObject rescored = jury("complete", new JsonObject().put("action", "rescore")
        .put("commentForCandidate", "La question 5 ne compte pas."), 201).json();
    assertThat(rescored.getInteger("version")).isEqualTo(3);
    assertThat(rescored.getDouble("standardError")).isEqualTo(neutralised.getDouble("standardError"));
    TestServer.Reply versions = server.get(candidatePath("complete") + "/result-versions", STAFF);
    assertThat(new JsonArray(versions.body()).stream().map(v -> ((JsonObject) v).getString("change")))
        .containsExactly("finalization", "neutralize", "rescore");
    assertThat(waitingSession().getJsonArray("reasons").getList())
        .containsExactly("FRAUD", "GLOBAL_COMMENT");

    // Cancelled then restored; the one who left is rejected with comments.
    assertThat(jury("odd", new JsonObject().put("action", "cancel")
        .put("commentForCandidate", "Annulée").put("commentForOrganization", "Annulée"), 201)
        .json().getString("status")).isEqualTo("cancelled");
    // Comments are kept unless given: empty ones clear them.
    assertThat(jury("odd", new JsonObject().put("action", "rescore")
        .put("commentForCandidate", "").put("commentForOrganization", ""), 201).json()
        .getString("status")).isEqualTo("validated");
    JsonObject rejected = jury("left", new JsonObject().put("action", "reject")
        .put("commentForCandidate", "Sortie de la salle sans autorisation.")
        .put("commentForOrganization", "Élève sorti à 10 h 40 ; voir le PV."), 201).json();
    assertNotValidated(rejected, "rejected", "REJECTED_BY_JURY");

    String code = results(STAFF).get("complete").getString("verificationCode");
    assertThat(code).matches("P-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
    assertProblem(server.get("/api/certificates/" + code, null), 404, "CERTIFICATE_NOT_FOUND");
    assertProblem(server.get(sessionPath() + "/results", session.invigilatorToken()), 403,
        "RESULTS_NOT_PUBLISHED");

    TestServer.Reply published = server.post(sessionPath() + "/publication", STAFF, null);
    assertThat(published.status()).as(published.body()).isEqualTo(201);
    assertThat(published.json().getBoolean("published")).isTrue();
    assertThat(new JsonArray(server.get("/api/finalized-sessions", STAFF).body()).stream()
        .map(JsonObject.class::cast).map(s -> s.getString("sessionId")))
        .doesNotContain(session.id());

    Map<String, JsonObject> seenByCentre = results(session.invigilatorToken());
    assertThat(seenByCentre.get("left").getString("commentForOrganization"))
        .isEqualTo("Élève sorti à 10 h 40 ; voir le PV.");
    assertThat(seenByCentre.get("complete").getInteger("version")).isEqualTo(3);
    assertThat(seenByCentre.get("complete").getJsonObject("scoreInterval").fieldNames())
        .containsExactlyInAnyOrder("low", "high");

    checkCsv(seenByCentre);
    checkAttestations(seenByCentre);
    checkCertificate(code, seenByCentre.get("complete"));
  }

  @EveryStore
  void refusesAnIncompleteFinalisationListingEveryProblemAndChangesNothing() {
    JsonObject report = new JsonObject().put("comment", "x".repeat(501))
        .put("hasIncident", true).put("hasJoiningIssue", false)
        .put("incidents", new JsonArray()
            .add(incident("complete", "IN_QUESTION", null, "Image absente"))
            .add(new JsonObject().put("candidateId", "NOBODY").put("category", "FRAUD")
                .put("description", "?"))
            .add(incident("odd", "SOMETHING", null, "Autre")))
        .put("abortReasons", new JsonObject().put(ids.get("technical"), "lazy"));
    TestServer.Reply refused = server.post(sessionPath() + "/finalization",
        session.invigilatorToken(), report);
    assertProblem(refused, 400, "FINALIZATION_INCOMPLETE");
    assertThat(refused.json().getJsonArray("errors").stream()
        .map(e -> ((JsonObject) e).getString("field")))
        .containsExactlyInAnyOrder("comment", "incidents[0].questionNumber",
            "incidents[1].candidateId", "incidents[2].category",
            "abortReasons." + ids.get("technical"), "abortReasons." + ids.get("left"));
    // Nothing changed: the session is open, the test that was running still runs.
    JsonObject state = flow.exam(entered.get("left"));
    assertThat(state.getString("status")).isEqualTo("IN_PROGRESS");
    assertThat(flow.answer(entered.get("left"), state.getJsonObject("question").getString("id"),
        "1").status()).isEqualTo(200);
    assertProblem(server.post(sessionPath() + "/publication", STAFF, null), 409,
        "SESSION_NOT_FINALIZED");
  }

  @EveryStore
  void refusesEveryTransitionOutOfOrderWithAClearCode() {
    assertProblem(server.post(sessionPath() + "/publication", STAFF, null), 409,
        "SESSION_NOT_FINALIZED");
    assertProblem(jury("complete", new JsonObject().put("action", "rescore"), 409), 409,
        "SESSION_NOT_FINALIZED");
    assertProblem(server.get(sessionPath() + "/results", STAFF), 409, "SESSION_NOT_FINALIZED");
    assertProblem(server.get(sessionPath() + "/results.csv", null), 401, "MISSING_TOKEN");
    assertProblem(server.get(sessionPath() + "/attestations.pdf", entered.get("left").token()), 403,
        "FORBIDDEN_SCOPE");
    assertProblem(server.post(sessionPath() + "/finalization", entered.get("left").token(),
        completeReport()), 403, "FORBIDDEN_SCOPE");

    assertThat(server.post(sessionPath() + "/finalization", STAFF, completeReport()).status())
        .isEqualTo(201);
    assertProblem(server.post(sessionPath() + "/finalization", session.invigilatorToken(),
        completeReport()), 409, "SESSION_ALREADY_FINALIZED");
    // The session is closed to candidates.
    assertProblem(server.post("/api/candidate-sessions", null, new JsonObject()
        .put("sessionId", session.id()).put("lastName", "Martin").put("firstName", "Léo")
        .put("birthdate", "2012-03-04")), 409, "SESSION_FINALIZED");
    assertProblem(flow.answer(entered.get("left"), "rec11x0", "1"), 409, "SESSION_FINALIZED");
    assertProblem(server.post("/api/me/exam/start", entered.get("left").token(), new JsonObject()
        .put("accessCode", session.accessCode()).put("extensionVersion", "1.0.0")), 409,
        "SESSION_FINALIZED");

    // Jury actions: invalid ones change nothing.
    assertProblem(server.post(candidatePath("complete") + "/jury-actions",
        session.invigilatorToken(), new JsonObject().put("action", "rescore")), 403, "FORBIDDEN_SCOPE");
    TestServer.Reply noComment = jury("odd", new JsonObject().put("action", "cancel"), 400);
    assertProblem(noComment, 400, "INVALID_FIELD");
    assertThat(noComment.json().getJsonArray("errors")).hasSize(2);
    assertProblem(jury("odd", new JsonObject().put("action", "neutralize").put("questionNumber", 33),
        400), 400, "QUESTION_NOT_ANSWERED");
    assertProblem(jury("odd", new JsonObject().put("action", "dance"), 400), 400, "INVALID_FIELD");
    jury("odd", new JsonObject().put("action", "neutralize").put("questionNumber", 2), 201);
    assertProblem(jury("odd", new JsonObject().put("action", "neutralize").put("questionNumber", 2),
        409), 409, "QUESTION_ALREADY_NEUTRALIZED");
    assertThat(results(STAFF).get("odd").getInteger("version")).isEqualTo(2);
    assertProblem(server.get(candidatePath("technical") + "/attestation.pdf", STAFF), 409,
        "NO_ATTESTATION");

    assertThat(server.post(sessionPath() + "/publication", STAFF, null).status()).isEqualTo(201);
    assertProblem(server.post(sessionPath() + "/publication", STAFF, null), 409,
        "SESSION_ALREADY_PUBLISHED");
    assertProblem(jury("odd", new JsonObject().put("action", "rescore"), 409), 409,
        "RESULTS_PUBLISHED");
    assertProblem(jury("fraud", new JsonObject().put("action", "cancel")
        .put("commentForCandidate", "a").put("commentForOrganization", "b"), 409), 409,
        "RESULTS_PUBLISHED");
    Map<String, JsonObject> frozen = results(STAFF);
    assertThat(frozen.get("odd").getInteger("version")).isEqualTo(2);
    assertThat(frozen.get("fraud").getString("status")).isEqualTo("rejected");
  }

  @EveryStore
  void limitsTheRateOfCertificateChecks() {
    for (int i = 0; i < 10; i++) {
      assertProblem(server.get("/api/certificates/P-AAAA-AAAA-AAA" + (char) ('A' + i), null), 404,
          "CERTIFICATE_NOT_FOUND");
    }
    assertProblem(server.get("/api/certificates/P-AAAA-AAAA-AAAZ", null), 429, "TOO_MANY_ATTEMPTS");
  }

  private void checkCsv(Map<String, JsonObject> results) {
    TestServer.Download file = server.download(sessionPath() + "/results.csv",
        session.invigilatorToken());
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.contentType()).isEqualTo("text/csv; charset=utf-8");
    assertThat(file.contentDisposition())
        .isEqualTo("attachment; filename=\"resultats-session-" + session.id() + ".csv\"");
    assertThat(file.bytes()).startsWith(0xEF, 0xBB, 0xBF);
    List<List<String>> rows = Csv.parse(file.text().substring(1));
    List<String> header = new ArrayList<>(List.of("N° de certification", "Prénom", "Nom",
        "Date de naissance", "Classe", "Identifiant externe", "Statut", "Motif", "Score"));
    CompetenceFramework.crcn().competences().forEach(c -> header.add(c.code()));
    header.addAll(List.of("Commentaire du jury pour l'établissement", "N° de session",
        "Date de passage"));
    assertThat(rows.get(0)).containsExactlyElementsOf(header);
    assertThat(rows).hasSize(6).allSatisfy(row -> assertThat(row).hasSize(28));
    Map<String, List<String>> byLastName = rows.subList(1, rows.size()).stream()
        .collect(Collectors.toMap(row -> row.get(2), row -> row));
    List<String> odd = byLastName.get(ODD_LAST_NAME);
    JsonObject oddResult = results.get("odd");
    assertThat(odd.subList(0, 10)).containsExactly(oddResult.getString("verificationCode"),
        ODD_FIRST_NAME, ODD_LAST_NAME, "04/03/2012", "3e A", "INE-odd", "Validée", "",
        oddResult.getInteger("score").toString(),
        oddResult.getJsonObject("competenceLevels").getInteger("1.1").toString());
    assertThat(odd.subList(25, 28)).containsExactly("", session.id(), "28/11/2026");
    // A rejected certification has no number (the check would refuse it) and says why.
    List<String> left = byLastName.get("Martin");
    assertThat(left.get(0)).isEmpty();
    assertThat(left.subList(6, 25)).containsExactly("Rejetée",
        "Rejetée par le jury (voir son commentaire)", "-", "-", "-", "-", "-", "-", "-", "-",
        "-", "-", "-", "-", "-", "-", "-", "-", "-");
    assertThat(left.get(25)).isEqualTo("Élève sorti à 10 h 40 ; voir le PV.");
    assertThat(byLastName.get("Petit").subList(0, 8)).containsExactly("", "Inès", "Petit",
        "04/03/2012", "3e A", "INE-technical", "Annulée",
        "Moins de 20 réponses, après un problème technique");
    assertThat(byLastName.get("Lefèvre").get(1)).isEqualTo("Zoé");

    TestServer.Download division = server.download(sessionPath() + "/results.csv?division=3e%20A",
        STAFF);
    assertThat(division.contentDisposition()).contains("resultats-session-" + session.id() + "-3e_A.csv");
    assertThat(Csv.parse(division.text().substring(1)).subList(1, 3))
        .extracting(row -> row.get(2)).containsExactly(ODD_LAST_NAME, "Petit");
  }

  private void checkAttestations(Map<String, JsonObject> results) throws IOException {
    JsonObject odd = results.get("odd");
    TestServer.Download one = server.download(candidatePath("odd") + "/attestation.pdf",
        session.invigilatorToken());
    assertThat(one.status()).isEqualTo(200);
    assertThat(one.contentType()).isEqualTo("application/pdf");
    assertThat(one.contentDisposition()).contains(".pdf\"");
    try (PDDocument pdf = Loader.loadPDF(one.bytes())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(1);
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains(ODD_FIRST_NAME + " " + ODD_LAST_NAME,
          "Date de naissance : 04/03/2012", "Collège Jean Moulin", "28/11/2026",
          "Score : " + odd.getInteger("score") + " points sur 895",
          "Niveau global : " + odd.getInteger("globalLevel"),
          "Marge de précision : de " + odd.getJsonObject("scoreInterval").getInteger("low")
              + " à " + odd.getJsonObject("scoreInterval").getInteger("high") + " points",
          "Code de vérification : " + odd.getString("verificationCode"),
          "http://127.0.0.1:" + server.port() + "/verification/#"
              + odd.getString("verificationCode"));
      CompetenceFramework.crcn().competences().forEach(c -> assertThat(text)
          .contains(c.code() + "  " + c.name() + " : niveau "
              + odd.getJsonObject("competenceLevels").getInteger(c.code())));
    }
    TestServer.Download all = server.download(sessionPath() + "/attestations.pdf", STAFF);
    try (PDDocument pdf = Loader.loadPDF(all.bytes())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(2);
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains("Zoé Lefèvre", ODD_LAST_NAME).doesNotContain("Martin", "Petit", "Durand");
    }
    TestServer.Download classB = server.download(sessionPath() + "/attestations.pdf?division=3e%20B",
        session.invigilatorToken());
    try (PDDocument pdf = Loader.loadPDF(classB.bytes())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(1);
      assertThat(new PDFTextStripper().getText(pdf)).contains("Zoé Lefèvre");
    }
    assertProblem(server.get(candidatePath("left") + "/attestation.pdf", session.invigilatorToken()),
        409, "NO_ATTESTATION");
  }

  private void checkCertificate(String code, JsonObject result) {
    TestServer.Reply checked = server.get("/api/certificates/" + code.toLowerCase(), null);
    assertThat(checked.status()).as(checked.body()).isEqualTo(200);
    JsonObject certificate = checked.json();
    assertThat(certificate.fieldNames()).containsExactlyInAnyOrder("verificationCode", "firstName",
        "lastName", "birthdate", "date", "centre", "score", "maxScore", "globalLevel",
        "competenceLevels");
    assertThat(certificate.getString("lastName")).isEqualTo("Lefèvre");
    assertThat(certificate.getString("birthdate")).isEqualTo("2012-03-04");
    assertThat(certificate.getString("date")).isEqualTo("2026-11-28");
    assertThat(certificate.getString("centre")).isEqualTo("Collège Jean Moulin");
    assertThat(certificate.getInteger("score")).isEqualTo(result.getInteger("score"));
    assertThat(certificate.getJsonObject("competenceLevels"))
        .isEqualTo(result.getJsonObject("competenceLevels"));
  }

  private JsonObject completeReport() {
    return new JsonObject().put("comment", "Coupure du réseau à 10 h 12 pendant deux minutes.")
        .put("hasIncident", true).put("hasJoiningIssue", false)
        .put("incidents", new JsonArray()
            .add(incident("complete", "IN_QUESTION", 5, "L'image de la question ne s'affiche pas."))
            .add(incident("fraud", "FRAUD", null, "Téléphone utilisé pendant l'épreuve."))
            .add(incident("odd", "CANDIDATE_INFORMATION_CHANGED", null, "Prénom corrigé.")))
        .put("abortReasons", new JsonObject().put(ids.get("left"), "candidate")
            .put(ids.get("technical"), "technical"));
  }

  private JsonObject incident(String role, String category, Integer questionNumber,
      String description) {
    return new JsonObject().put("candidateId", ids.get(role)).put("category", category)
        .put("questionNumber", questionNumber).put("description", description);
  }

  /** Enrols, lets in and starts a candidate, who then answers {@code answers} questions. */
  private void take(String role, String lastName, String firstName, String division, int answers,
      boolean allCorrect) {
    TestServer.Reply enrolled = server.post(sessionPath() + "/candidates", STAFF, new JsonObject()
        .put("lastName", lastName).put("firstName", firstName).put("birthdate", "2012-03-04")
        .put("division", division).put("externalId", "INE-" + role)
        .put("extraTimePercentage", 0).put("needsAccessibility", false));
    assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
    ExamFlow.Entered candidate = flow.enter(session, lastName, firstName, "2012-03-04");
    ids.put(role, candidate.candidateId());
    entered.put(role, candidate);
    flow.authorize(session, candidate);
    JsonObject state = flow.start(session, candidate);
    for (int i = 0; i < answers; i++) {
      String questionId = state.getJsonObject("question").getString("id");
      Object value = allCorrect || i % 2 == 0 ? TestBank.correctValue(questionId)
          : TestBank.wrongValue(questionId);
      TestServer.Reply answered = flow.answer(candidate, questionId, value);
      assertThat(answered.status()).as(answered.body()).isEqualTo(200);
      state = answered.json();
    }
  }

  private TestServer.Reply jury(String role, JsonObject action, int expectedStatus) {
    TestServer.Reply reply = server.post(candidatePath(role) + "/jury-actions", STAFF, action);
    assertThat(reply.status()).as(reply.body()).isEqualTo(expectedStatus);
    return reply;
  }

  /** The current results by role. */
  private Map<String, JsonObject> results(String token) {
    TestServer.Reply reply = server.get(sessionPath() + "/results", token);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    Map<String, String> roles = new HashMap<>();
    ids.forEach((role, id) -> roles.put(id, role));
    return new JsonArray(reply.body()).stream().map(JsonObject.class::cast)
        .collect(Collectors.toMap(r -> roles.get(r.getString("candidateId")), r -> r));
  }

  private JsonObject waitingSession() {
    TestServer.Reply list = server.get("/api/finalized-sessions", STAFF);
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    return new JsonArray(list.body()).stream().map(JsonObject.class::cast)
        .filter(s -> s.getString("sessionId").equals(session.id())).findFirst().orElseThrow();
  }

  private static void assertValidated(JsonObject result) {
    assertThat(result.getString("status")).as(result.encode()).isEqualTo("validated");
    assertThat(result.getInteger("score")).isPositive();
    assertThat(result.getJsonObject("scoreInterval").getInteger("low"))
        .isLessThanOrEqualTo(result.getInteger("score"));
    assertThat(result.getJsonObject("scoreInterval").getInteger("high"))
        .isGreaterThanOrEqualTo(result.getInteger("score"));
    assertThat(result.getDouble("standardError")).isPositive();
    assertThat(result.getJsonObject("competenceLevels").fieldNames()).hasSize(16);
    assertThat(result.getJsonObject("competenceLevels").getMap().values()).doesNotContainNull();
  }

  private static void assertNotValidated(JsonObject result, String status, String reason) {
    assertThat(result.getString("status")).isEqualTo(status);
    assertThat(result.getString("statusReason")).isEqualTo(reason);
    assertThat(result.getValue("score")).isNull();
    assertThat(result.getJsonObject("competenceLevels").getMap()).hasSize(16).containsValue(null);
  }

  private static void assertProblem(TestServer.Reply reply, int status, String code) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.contentType()).isEqualTo("application/problem+json");
    assertThat(reply.code()).isEqualTo(code);
  }

  private String sessionPath() {
    return "/api/sessions/" + session.id();
  }

  private String candidatePath(String role) {
    return sessionPath() + "/candidates/" + ids.get(role);
  }
}
