package org.certamen.engine.positioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.certamen.engine.bank.BankReader;
import org.certamen.engine.bank.ItemBank;
import org.junit.jupiter.api.Test;

class ParcoursCatalogueTest {
  private static final ItemBank DEMO_BANK = BankReader.demoBank();

  @Test
  void theShippedCatalogueHoldsSevenParcoursInThreeCategories() {
    ParcoursCatalogue catalogue = ParcoursCatalogue.demo();

    assertThat(catalogue.all()).hasSizeGreaterThanOrEqualTo(6);
    assertThat(catalogue.all()).extracting(Parcours::category).containsOnly(
        "Parcours de rentrée", "Thématiques", "Découverte");
    Parcours fifth = catalogue.byId("clg-rentree-5e").orElseThrow();
    assertThat(fifth.name()).isEqualTo("[CLG] Parcours de rentrée 5e");
    assertThat(fifth.subjects()).hasSize(10);
    assertThat(fifth.description()).isNotBlank();
    assertThat(catalogue.all()).extracting(Parcours::name).contains(
        "[CLG] Parcours de rentrée 4e", "[CLG] Parcours de rentrée 3e",
        "[LYC] Parcours de rentrée 2de", "Protection et sécurité", "Initiation");
    assertThat(catalogue.byId("unknown")).isEmpty();
  }

  @Test
  void everySubjectOfTheShippedCatalogueHasASkillAtItsTargetLevel() {
    Skills skills = Skills.of(DEMO_BANK);
    for (Parcours parcours : ParcoursCatalogue.demo().all()) {
      for (Subject subject : parcours.subjects()) {
        int[] levels = skills.targetLevels(subject);
        assertThat(levels).as(parcours.id() + " " + subject.tube()).isNotEmpty();
        assertThat(levels[levels.length - 1]).isEqualTo(subject.targetLevel());
      }
    }
  }

  @Test
  void readsAValidCatalogue() {
    ParcoursCatalogue catalogue = read("""
        {"version": "v1", "parcours": [{"id": "essai", "name": "Essai", "category": "Tests",
          "description": "Un parcours.", "subjects": [
            {"competence": "1.1", "tube": "operateursRecherche", "targetLevel": 4}]}]}""");

    assertThat(catalogue.version()).isEqualTo("v1");
    assertThat(catalogue.all()).containsExactly(new Parcours("essai", "Essai", "Tests",
        "Un parcours.", List.of(new Subject("operateursRecherche", "1.1", 4))));
  }

  @Test
  void namesTheParcoursAndTheSubjectOfEveryProblem() {
    assertThatThrownBy(() -> read("""
        {"parcours": [{"id": "essai", "name": "Essai", "category": "Tests", "description": "x",
          "subjects": [
            {"competence": "1.1", "tube": "inconnu", "targetLevel": 3},
            {"competence": "1.1", "tube": "operateursRecherche", "targetLevel": 8},
            {"competence": "2.1", "tube": "operateursRecherche", "targetLevel": 2},
            {"competence": "1.2", "tube": "extensions", "targetLevel": 9}]}]}"""))
        .isInstanceOfSatisfying(InvalidCatalogueException.class, e ->
            assertThat(e.problems()).containsExactly(
                "parcours 'essai', subject 1 (1.1 inconnu): the bank has no tube 'inconnu' in "
                    + "competence 1.1",
                "parcours 'essai', subject 2 (1.1 operateursRecherche): the bank has no item at "
                    + "level 8 in this tube (its levels: 2, 3, 4, 5, 6)",
                "parcours 'essai', subject 3 (2.1 operateursRecherche): the tube appears twice "
                    + "in the parcours (tube names must be unique in a parcours)",
                "parcours 'essai', subject 4 (1.2 extensions): \"targetLevel\" must be an "
                    + "integer from 1 to 8"));
  }

  @Test
  void refusesMissingFieldsBadIdsAndDuplicateIds() {
    assertThatThrownBy(() -> read("""
        {"parcours": [
          {"id": "Mauvais id", "name": "", "category": "Tests", "description": "x",
           "subjects": []},
          {"id": "double", "name": "A", "category": "Tests", "description": "x",
           "subjects": [{"competence": "1.2", "tube": "extensions", "targetLevel": 2}]},
          {"id": "double", "name": "B", "category": "Tests",
           "subjects": [{"competence": "1.2", "tube": "extensions"}]}]}"""))
        .isInstanceOfSatisfying(InvalidCatalogueException.class, e ->
            assertThat(e.problems()).containsExactly(
                "parcours #1: \"id\" must be lower-case words joined by hyphens, not "
                    + "'Mauvais id'",
                "parcours #1: \"name\" is required",
                "parcours #1: \"subjects\" must be a non-empty array",
                "parcours 'double': the id is used twice",
                "parcours 'double': \"description\" is required",
                "parcours 'double', subject 1 (1.2 extensions): \"targetLevel\" must be an "
                    + "integer from 1 to 8"));
  }

  @Test
  void refusesAFileThatIsNotACatalogue() {
    assertThatThrownBy(() -> read("{\"parcours\": [}"))
        .isInstanceOf(InvalidCatalogueException.class).hasMessageStartingWith("not valid JSON: line 1");
    assertThatThrownBy(() -> read("[]"))
        .isInstanceOf(InvalidCatalogueException.class).hasMessageContaining("\"parcours\" array");
    assertThatThrownBy(() -> read("{\"parcours\": []}"))
        .isInstanceOf(InvalidCatalogueException.class).hasMessage("the catalogue holds no parcours");
  }

  private static ParcoursCatalogue read(String json) {
    return ParcoursCatalogue.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), DEMO_BANK);
  }
}
