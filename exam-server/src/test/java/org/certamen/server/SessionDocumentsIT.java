package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certamen.server.ErrorPathsIT.assertProblem;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

class SessionDocumentsIT {
  /** Set by {@link EveryStore} before each run. */
  TestStores.Factory stores;

  private TestServer server;
  private CentreFlow.LoggedIn centre;
  private JsonObject session;

  @BeforeEach
  void start() {
    server = new TestServer(stores);
    CentreFlow flow = new CentreFlow(server);
    centre = flow.centre("Collège Jean Moulin");
    session = flow.plan(centre);
    flow.enrol(centre, session.getString("id"), CentreFlow.candidate("Lefèvre"));
    flow.enrol(centre, session.getString("id"), CentreFlow.candidate("Œuvray").put("firstName", "Noël"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @EveryStore
  void theAttendanceSheetListsEveryCandidateWithASignatureColumn() {
    String text = pdfText("attendance-sheet.pdf", centre.token());
    assertThat(text).contains("Feuille d’émargement", session.getString("id"), "Collège Jean Moulin",
        "Signature", "Lefèvre", "Œuvray", "Noël", "04/03/2011");
  }

  @EveryStore
  void theAccessInformationGivesTheSessionNumberCodesAndAddresses() {
    String text = pdfText("access-information.pdf", centre.token());
    assertThat(text).contains(session.getString("id"), session.getString("accessCode"),
        session.getString("invigilatorPassword"), "http://127.0.0.1:" + server.port() + "/exam/",
        "/invigilator/", "Vérification de l’extension : http://127.0.0.1:" + server.port()
            + "/exam/verification/");
  }

  @EveryStore
  void theDocumentsPrintTheConfiguredPublicAddress() {
    server.close();
    server = new TestServer(stores, ServerConfig.defaults(TestServer.STAFF_TOKEN,
        "--public-url", "https://certification.mon-academie.fr"));
    CentreFlow flow = new CentreFlow(server);
    centre = flow.centre("Collège Jean Moulin");
    session = flow.plan(centre);

    assertThat(pdfText("access-information.pdf", centre.token())).contains(
        "Page du test : https://certification.mon-academie.fr/exam/",
        "Vérification de l’extension : https://certification.mon-academie.fr/exam/verification/")
        .doesNotContain("127.0.0.1");
  }

  @EveryStore
  void onlyStaffAndTheCentreDownloadTheDocuments() {
    String password = session.getString("invigilatorPassword");
    TestServer.Reply login = server.post("/api/invigilator-sessions", null, new JsonObject()
        .put("sessionId", session.getString("id")).put("password", password));
    String invigilator = login.json().getString("token");
    assertProblem(server.get(path("access-information.pdf"), invigilator), 403, "FORBIDDEN_SCOPE");
    assertThat(pdfText("attendance-sheet.pdf", TestServer.STAFF_TOKEN)).contains("Lefèvre");
  }

  private String pdfText(String document, String token) {
    TestServer.Download download = server.download(path(document), token);
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.contentType()).isEqualTo("application/pdf");
    assertThat(download.contentDisposition()).startsWith("attachment; filename=");
    try (PDDocument pdf = Loader.loadPDF(download.bytes())) {
      return new PDFTextStripper().getText(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String path(String document) {
    return "/api/sessions/" + session.getString("id") + "/" + document;
  }
}
