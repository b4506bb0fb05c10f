package org.certamen.server.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each way people type the same name folds to one form. */
class TextFoldingTest {
  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', value = {
      "D’Arc|d arc|right single quotation mark U+2019",
      "Dʼ Arc|d arc|modifier letter apostrophe U+02BC",
      "D'Arc|d arc|ASCII apostrophe",
      "D‘Arc|d arc|left single quotation mark U+2018",
      "Lefèvre‐Dupont|lefevre dupont|hyphen U+2010",
      "Lefèvre‑Dupont|lefevre dupont|non-breaking hyphen U+2011",
      "Lefèvre–Dupont|lefevre dupont|en dash U+2013",
      "Lefèvre—Dupont|lefevre dupont|em dash U+2014",
      "Lefèvre-Dupont|lefevre dupont|ASCII hyphen",
      "Van\u00A0Damme|van damme|no-break space U+00A0",
      "Van\u202FDamme|van damme|narrow no-break space U+202F",
      "Strauß|strauss|sharp s",
      "STRAUẞ|strauss|capital sharp s",
      "Yıldız|yildiz|dotless i",
      "İlker|ilker|dotted capital I",
      "Œuvray|oeuvray|oe ligature",
      "Lætitia|laetitia|ae ligature",
      "Rafﬁ|raffi|fi ligature",
      "Raﬄe|raffle|ffl ligature",
      "Aﬂore|aflore|fl ligature",
      "  Zoé   Marie |zoe marie|accents, case and extra spaces"})
  void foldsEachVariantToTheSameName(String typed, String folded, String what) {
    assertThat(TextFolding.fold(typed)).as(what).isEqualTo(folded);
  }
}
