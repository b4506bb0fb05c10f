package org.certamen.server.planning.domain.imports;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.certamen.server.planning.domain.imports.ImportProblem.Code;

/**
 * The parts of a SIECLE "Élèves" export ({@code BEE_ELEVES}) that enrolment needs: each pupil's
 * direct child fields and their structures (classes and groups).
 *
 * <p>Read with StAX straight from the bytes so that the declared encoding is honoured: SIECLE
 * writes ISO-8859-15, where {@code Œ} and {@code œ} sit at code points Latin-1 and Windows-1252
 * decode differently.
 */
final class SiecleExport {

  /** One {@code STRUCTURE}: {@code type} "D" is a class (division), "G" a teaching group. */
  record Structure(String code, String type) {}

  /**
   * One {@code ELEVE}.
   *
   * @param line line of its start tag
   * @param fields its direct leaf children by element name; an empty element maps to ""
   */
  record Pupil(String pupilId, int line, Map<String, String> fields) {

    /** The text of a direct child element, or null when the element is absent. */
    String field(String name) {
      return fields.get(name);
    }
  }

  private static final String ROOT = "BEE_ELEVES";
  /** Sibling exports that users upload by mistake, by root element. */
  private static final Map<String, String> SIBLINGS = Map.of(
      "BEE_RESPONSABLES", "l'export SIECLE « Responsables »",
      "BEE_NOMENCLATURES", "l'export SIECLE « Nomenclatures »",
      "BEE_STRUCTURES", "l'export SIECLE « Structures »",
      "STS_EDT", "l'export STS-Web (emplois du temps)");
  /**
   * The pupil fields enrolment reads. Only direct children of {@code ELEVE} are read: the nested
   * {@code SCOLARITE_AN_DERNIER} carries last year's class and training.
   */
  private static final Set<String> PUPIL_FIELDS = Set.of(
      "ID_NATIONAL", "NOM_DE_FAMILLE", "NOM", "PRENOM", "DATE_NAISS", "DATE_SORTIE");
  private static final Pattern DECLARED_ENCODING =
      Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)[\"']");

  private final List<Pupil> pupils = new ArrayList<>();
  private final Map<String, List<Structure>> structures = new HashMap<>();
  private String uai;

  private SiecleExport() {}

  List<Pupil> pupils() {
    return pupils;
  }

  /** The exporting school's UAI ({@code PARAMETRES/UAJ}), or null when the file has none. */
  String uai() {
    return uai;
  }

  /** A pupil's structures in document order; empty when SIECLE has none for them. */
  List<Structure> structuresOf(Pupil pupil) {
    return structures.getOrDefault(pupil.pupilId(), List.of());
  }

  static SiecleExport read(byte[] xml) throws ImportFailure {
    requireSupportedEncoding(xml);
    requireMarkup(xml);
    SiecleExport export = new SiecleExport();
    XMLStreamReader reader = null;
    try {
      reader = newFactory().createXMLStreamReader(new ByteArrayInputStream(xml));
      reader.nextTag();
      requireElevesRoot(reader.getLocalName());
      while (nextChild(reader)) {
        switch (reader.getLocalName()) {
          case "PARAMETRES" -> export.readParameters(reader);
          case "DONNEES" -> export.readData(reader);
          default -> skipElement(reader);
        }
      }
    } catch (XMLStreamException malformed) {
      int line = malformed.getLocation() == null ? 0 : malformed.getLocation().getLineNumber();
      throw new ImportFailure(Code.FILE_INVALID, "Le fichier n'est pas un XML valide"
          + (line > 0 ? " (erreur à la ligne " + line + ")." : "."));
    } finally {
      close(reader);
    }
    return export;
  }

  /** Keeps the first {@code UAJ}: the UAI of the school that exported. */
  private void readParameters(XMLStreamReader reader) throws XMLStreamException {
    while (nextChild(reader)) {
      if (reader.getLocalName().equals("UAJ") && uai == null) {
        uai = reader.getElementText().strip();
      } else {
        skipElement(reader);
      }
    }
  }

  private void readData(XMLStreamReader reader) throws XMLStreamException {
    while (nextChild(reader)) {
      switch (reader.getLocalName()) {
        case "ELEVES" -> readChildren(reader, "ELEVE", this::readPupil);
        case "STRUCTURES" -> readChildren(reader, "STRUCTURES_ELEVE", this::readStructures);
        default -> skipElement(reader);
      }
    }
  }

  private void readPupil(XMLStreamReader reader) throws XMLStreamException {
    String pupilId = attribute(reader, "ELEVE_ID");
    int line = reader.getLocation().getLineNumber();
    Map<String, String> fields = new HashMap<>();
    while (nextChild(reader)) {
      String name = reader.getLocalName();
      if (PUPIL_FIELDS.contains(name)) {
        fields.put(name, reader.getElementText());
      } else {
        skipElement(reader);
      }
    }
    pupils.add(new Pupil(pupilId, line, fields));
  }

  private void readStructures(XMLStreamReader reader) throws XMLStreamException {
    List<Structure> own =
        structures.computeIfAbsent(attribute(reader, "ELEVE_ID"), id -> new ArrayList<>());
    readChildren(reader, "STRUCTURE", structure -> own.add(readStructure(structure)));
  }

  private static Structure readStructure(XMLStreamReader reader) throws XMLStreamException {
    Map<String, String> fields = new HashMap<>();
    while (nextChild(reader)) {
      fields.put(reader.getLocalName(), reader.getElementText());
    }
    return new Structure(
        fields.getOrDefault("CODE_STRUCTURE", ""), fields.getOrDefault("TYPE_STRUCTURE", ""));
  }

  private interface ElementHandler {
    void read(XMLStreamReader reader) throws XMLStreamException;
  }

  private static void readChildren(XMLStreamReader reader, String name, ElementHandler handler)
      throws XMLStreamException {
    while (nextChild(reader)) {
      if (reader.getLocalName().equals(name)) {
        handler.read(reader);
      } else {
        skipElement(reader);
      }
    }
  }

  /**
   * Moves to the next child element of the current one; false when the parent's end tag is
   * reached instead. Call it on the parent's start tag or on the previous child's end tag.
   */
  private static boolean nextChild(XMLStreamReader reader) throws XMLStreamException {
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
      if (event == XMLStreamConstants.END_ELEMENT) {
        return false;
      }
    }
    return false;
  }

  /** From a start tag, moves to its matching end tag. */
  private static void skipElement(XMLStreamReader reader) throws XMLStreamException {
    for (int depth = 1; depth > 0; ) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private static String attribute(XMLStreamReader reader, String name) {
    String value = reader.getAttributeValue(null, name);
    return value == null ? "" : value.strip();
  }

  private static void requireElevesRoot(String root) throws ImportFailure {
    if (root.equals(ROOT)) {
      return;
    }
    String sibling = SIBLINGS.get(root);
    if (sibling != null) {
      throw new ImportFailure(Code.WRONG_SIECLE_EXPORT, "Ce fichier est " + sibling
          + " : importez l'export « Élèves sans adresses »"
          + " (ElevesSansAdresses.xml ou le ZIP qui le contient).");
    }
    throw new ImportFailure(Code.WRONG_SIECLE_EXPORT,
        "Ce fichier n'est pas un export SIECLE « Élèves sans adresses »"
            + " (son élément racine est <" + root + ">, <" + ROOT + "> attendu).");
  }

  /**
   * Refuses up front a file that does not start with markup: most often a CSV sent with the
   * SIECLE format chosen, which deserves that hint rather than the parser's complaint.
   */
  private static void requireMarkup(byte[] xml) throws ImportFailure {
    int start = ImportFailure.hasUtf8Bom(xml) ? 3 : 0;
    while (start < xml.length && Character.isWhitespace(xml[start])) {
      start++;
    }
    if (start < xml.length && xml[start] != '<' && !ImportFailure.isUtf16(xml)) {
      throw new ImportFailure(Code.FILE_INVALID, "Ce fichier n'est pas un export SIECLE (XML ou"
          + " ZIP). S'il s'agit d'un fichier CSV, choisissez le format « Fichier CSV » puis"
          + " vérifiez-le à nouveau.");
    }
  }

  /** Refuses up front an encoding the JDK cannot decode, which StAX would report obscurely. */
  private static void requireSupportedEncoding(byte[] xml) throws ImportFailure {
    int start = ImportFailure.hasUtf8Bom(xml) ? 3 : 0;
    String head = new String(xml, start, Math.min(200, xml.length - start), StandardCharsets.ISO_8859_1);
    Matcher declaration = DECLARED_ENCODING.matcher(head);
    if (!declaration.find()) {
      return;
    }
    String encoding = declaration.group(1);
    boolean supported;
    try {
      supported = Charset.isSupported(encoding);
    } catch (IllegalArgumentException illegalName) {
      supported = false;
    }
    if (!supported) {
      throw new ImportFailure(Code.ENCODING_NOT_SUPPORTED,
          "Encodage du fichier non pris en charge : " + encoding + ".");
    }
  }

  private static XMLInputFactory newFactory() {
    // The JDK's own parser, whatever else is on the class path; no DTD, no external entities.
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }

  private static void close(XMLStreamReader reader) {
    if (reader == null) {
      return;
    }
    try {
      reader.close();
    } catch (XMLStreamException ignored) {
      // Nothing to release: the reader works on an in-memory array.
    }
  }
}
