package org.certamen.server.results.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.certamen.engine.framework.Competence;
import org.certamen.engine.framework.CompetenceFramework;
import org.certamen.engine.scoring.TestResult;
import org.certamen.server.documents.SpreadsheetCsv;
import org.certamen.server.planning.domain.Candidate;
import org.certamen.server.results.domain.CandidateResult;
import org.certamen.server.results.domain.SessionResults;

/**
 * The validated certifications of a class for the school's record systems (the report book, the
 * school-leaving record), as CSV and as JSON with the same fields. The columns are a contract:
 * a new version may only add columns at the end, and then raises {@link #FORMAT_VERSION}.
 * Machine-read, so dates are ISO-8601 and there is no byte order mark; text is quoted and kept
 * from running as a formula as in the results file.
 */
record RecordExport(CompetenceFramework framework) {
  /** The version of the columns, written on every row and at the top of the JSON. */
  static final int FORMAT_VERSION = 1;

  /** {@code ;}-separated, UTF-8, CRLF, one header row then one row per validated certification. */
  String csv(List<SessionResults> sessions) {
    SpreadsheetCsv csv = SpreadsheetCsv.withoutByteOrderMark();
    List<String> header = new ArrayList<>(List.of("formatVersion", "ine", "nom", "prenom",
        "dateNaissance", "classe", "dateCertification", "score", "niveauGlobal"));
    framework.competences().forEach(c -> header.add("competence" + c.code()));
    header.add("codeVerification");
    csv.line(header);
    each(sessions, (session, line) -> {
      Candidate pupil = line.candidate();
      TestResult scoring = line.result().scoring();
      List<String> fields = new ArrayList<>(List.of(Integer.toString(FORMAT_VERSION),
          SpreadsheetCsv.text(pupil.externalId()), SpreadsheetCsv.text(pupil.lastName()),
          SpreadsheetCsv.text(pupil.firstName()), pupil.birthdate().toString(),
          SpreadsheetCsv.text(pupil.division()), session.session().date().toString(),
          Integer.toString(scoring.score()), Integer.toString(scoring.globalLevel())));
      for (Competence competence : framework.competences()) {
        fields.add(Integer.toString(scoring.competenceLevels().get(competence.code())));
      }
      fields.add(line.result().basis().verificationCode());
      csv.line(fields);
    });
    return csv.toString();
  }

  /** {@code {formatVersion, pupils: [...]}} with the CSV's fields in camelCase. */
  JsonObject json(List<SessionResults> sessions) {
    JsonArray pupils = new JsonArray();
    each(sessions, (session, line) -> {
      Candidate pupil = line.candidate();
      TestResult scoring = line.result().scoring();
      JsonObject levels = new JsonObject();
      framework.competences().forEach(c -> levels.put(c.code(),
          scoring.competenceLevels().get(c.code())));
      pupils.add(new JsonObject()
          .put("ine", pupil.externalId())
          .put("lastName", pupil.lastName())
          .put("firstName", pupil.firstName())
          .put("birthDate", pupil.birthdate().toString())
          .put("division", pupil.division())
          .put("certificationDate", session.session().date().toString())
          .put("score", scoring.score())
          .put("globalLevel", scoring.globalLevel())
          .put("competenceLevels", levels)
          .put("verificationCode", line.result().basis().verificationCode()));
    });
    return new JsonObject().put("formatVersion", FORMAT_VERSION).put("pupils", pupils);
  }

  private interface Row {
    void add(SessionResults session, CandidateResult line);
  }

  /** Validated certifications only: the others have no score to record. */
  private static void each(List<SessionResults> sessions, Row row) {
    for (SessionResults session : sessions) {
      session.results().stream().filter(line -> line.result().isValidated())
          .forEach(line -> row.add(session, line));
    }
  }
}
