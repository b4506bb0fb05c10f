package org.certamen.server.campaigns.http;

import java.util.List;
import org.certamen.server.campaigns.domain.PrintedCredentials;
import org.certamen.server.documents.PdfWriter;

/** The sheet a teacher prints and cuts into strips: one pupil's identifier and password each. */
final class CredentialsPdf {
  private static final float[] COLUMNS = {0.25f, 0.2f, 0.33f, 0.22f};

  private CredentialsPdf() {
  }

  static byte[] write(PrintedCredentials credentials, String pupilSpaceUrl) {
    List<List<String>> rows = credentials.lines().stream()
        .map(l -> List.of(l.lastName(), l.firstName(), l.identifier(), l.password()))
        .toList();
    try (PdfWriter pdf = new PdfWriter()) {
      return pdf.heading("Identifiants de l’espace élève")
          .field("Classe", credentials.division())
          .field("Adresse de l’espace élève", pupilSpaceUrl)
          .space(6)
          .text("Chaque élève se connecte avec son identifiant et ce mot de passe provisoire, puis"
              + " choisit son propre mot de passe. Distribuez chaque ligne à l’élève concerné"
              + " ou concernée, et détruisez cette feuille ensuite.")
          .space(12)
          .table(List.of("Nom", "Prénom", "Identifiant", "Mot de passe provisoire"), rows,
              COLUMNS, 28)
          .toBytes();
    }
  }
}
