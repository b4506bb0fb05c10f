package org.certamen.server.planning.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.certamen.server.planning.domain.imports.CsvRows.Row;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

  @Test
  void numbersRowsByTheFileLinesTheyStartOnWhateverTheLineEnds() {
    List<Row> rows = CsvRows.split("a;b\r\n\r\n;\n\"c\nd\";e\rf;g", ';');

    assertThat(rows).containsExactly(
        new Row(1, List.of("a", "b"), false),
        new Row(4, List.of("c\nd", "e"), false),
        new Row(6, List.of("f", "g"), false));
  }

  @Test
  void readsQuotesAfterSpacesDoubledQuotesAndTextAfterAClosingQuote() {
    assertThat(CsvRows.split("  \"x;y\"; \"O\"\"Brien\";\"ab\"cd;d\"e", ';'))
        .containsExactly(new Row(1, List.of("x;y", "O\"Brien", "abcd", "d\"e"), false));
  }

  @Test
  void endsOnAQuoteNeverClosedWithTheLineItOpenedOn() {
    assertThat(CsvRows.split("a,b\n\"c,d\n\ne,f\n", ',')).containsExactly(
        new Row(1, List.of("a", "b"), false),
        new Row(2, List.of(), true));
  }

  @Test
  void detectsTheSeparatorOfTheHeaderLineOutsideQuotes() {
    assertThat(CsvRows.detectSeparator("\"a;b;c\",d,e\nf;g;h;i")).contains(',');
    assertThat(CsvRows.detectSeparator("Nom;Prénom,Jr;Classe")).contains(';');
    assertThat(CsvRows.detectSeparator("Nom Prénom\n")).isEmpty();
  }
}
