package org.certamen.server.planning.domain.imports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Objects;
import org.certamen.server.planning.domain.Enrolment;
import org.certamen.server.planning.domain.imports.ImportProblem.Code;
import org.certamen.server.planning.domain.imports.SiecleExport.Pupil;
import org.certamen.server.planning.domain.imports.SiecleExport.Structure;

/**
 * Reads the SIECLE "Élèves sans adresses" export ({@code ElevesSansAdresses.xml}, or the ZIP that
 * holds it) into candidates, keeping the pupils the national platform's importer keeps.
 *
 * <ul>
 *   <li>A pupil with a {@code DATE_SORTIE} element (even empty) has left: skipped.
 *   <li>A pupil without an {@code ID_NATIONAL} element awaits an INE: skipped. An empty
 *       {@code ID_NATIONAL} is an error (« INE manquant »), as nationally.
 *   <li>Every other pupil is checked (INE shape and key, names, birth date {@code dd/mm/yyyy},
 *       INE unique in the file), then kept when they have a class: the last structure of type
 *       {@code D} whose code is not {@code Inactifs}; without one they are skipped.
 * </ul>
 *
 * <p>The last name is the birth name {@code NOM_DE_FAMILLE} ({@code NOM} in exports before 2016),
 * as the national platform records it; the usage name {@code NOM_USAGE} is not used. SIECLE knows
 * nothing of extra time or accessibility: they default to 0 and false. The "avec adresses" export
 * has the same root and pupil block and is accepted too.
 */
public record SieclePupilImport(Clock clock) {

  private static final List<DateTimeFormatter> SIECLE_DATE =
      List.of(DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT));
  private static final String DIVISION = "D";
  /** The pseudo-class SIECLE gives inactive pupils. */
  private static final String INACTIVE = "Inactifs";

  public SieclePupilImport {
    Objects.requireNonNull(clock, "clock");
  }

  /** Reads any school's export: see {@link #read(byte[], String)}. */
  public ImportReport read(byte[] file) {
    return read(file, null);
  }

  /**
   * Reads an upload, XML or ZIP; never throws on bad content, which ends up in the report.
   *
   * @param schoolUai the UAI the export must carry (the school that plans the session), or null
   *     to accept any school's export
   */
  public ImportReport read(byte[] file, String schoolUai) {
    try {
      ImportFailure.requireUsableSize(file);
      byte[] xml = ZipArchives.isZip(file) ? ZipArchives.singleXmlEntry(file) : file;
      SiecleExport export = SiecleExport.read(xml);
      requireSchool(export.uai(), schoolUai);
      LocalDate today = LocalDate.now(clock);
      ImportReportBuilder report = new ImportReportBuilder();
      for (Pupil pupil : export.pupils()) {
        report.add(check(pupil, export.structuresOf(pupil), today));
      }
      return report.build(
          "Aucun élève à importer : les élèves doivent avoir un INE et une classe.");
    } catch (ImportFailure failure) {
      return ImportReport.rejected(failure.problems());
    }
  }

  /** As the national importer: the file's UAI must be exactly the school's; none is a mismatch. */
  private static void requireSchool(String fileUai, String schoolUai) throws ImportFailure {
    if (schoolUai == null || schoolUai.equals(fileUai)) {
      return;
    }
    throw new ImportFailure(Code.UAI_MISMATCHED, fileUai == null || fileUai.isEmpty()
        ? "Le fichier SIECLE n'indique pas l'UAI de l'établissement qui l'a exporté"
            + " (PARAMETRES/UAJ) : il ne peut pas être rattaché au vôtre (" + schoolUai + ")."
        : "L'UAI du fichier SIECLE (" + fileUai + ") ne correspond pas à celui de votre"
            + " établissement (" + schoolUai + ") : importez l'export de votre établissement.");
  }

  private static CandidateRecord check(Pupil pupil, List<Structure> structures, LocalDate today) {
    String rawLastName = lastName(pupil);
    CandidateRecord record = new CandidateRecord(pupil.line(), rawLastName, pupil.field("PRENOM"));
    String leftOn = pupil.field("DATE_SORTIE");
    if (leftOn != null) {
      record.skip(Code.PUPIL_LEFT, leftOn.isBlank()
          ? "Date de sortie présente (vide) : élève considéré comme sorti, non importé"
          : "Élève sorti de l'établissement le " + leftOn.strip() + " : non importé");
      return record;
    }
    if (pupil.field("ID_NATIONAL") == null) {
      record.skip(Code.PUPIL_WITHOUT_INE, "Élève sans INE (immatriculation en attente) : non importé");
      return record;
    }
    String ine = record.ine(pupil.field("ID_NATIONAL"));
    String lastName = record.name(CandidateRecord.LAST_NAME, rawLastName, "Nom de famille manquant");
    String firstName = record.name(CandidateRecord.FIRST_NAME, pupil.field("PRENOM"), "Prénom manquant");
    LocalDate birthdate = record.birthdate(pupil.field("DATE_NAISS"), SIECLE_DATE, today);
    String division = divisionOf(structures);
    if (!record.isValid()) {
      return record;
    }
    if (division == null) {
      record.skip(Code.PUPIL_WITHOUT_CLASS, "Élève sans classe dans SIECLE : non importé");
    } else {
      record.accept(new Enrolment(lastName, firstName, birthdate, division, ine, 0, false, null));
    }
    return record;
  }

  /** The birth name; exports before 2016 had a single {@code NOM}. */
  private static String lastName(Pupil pupil) {
    String birthName = pupil.field("NOM_DE_FAMILLE");
    return birthName == null || birthName.isBlank() ? pupil.field("NOM") : birthName;
  }

  /** The last division in document order, as every known SIECLE importer does; null if none. */
  private static String divisionOf(List<Structure> structures) {
    String division = null;
    for (Structure structure : structures) {
      String code = structure.code().strip();
      if (structure.type().strip().equals(DIVISION) && !code.isEmpty() && !code.equals(INACTIVE)) {
        division = code;
      }
    }
    return division;
  }
}
