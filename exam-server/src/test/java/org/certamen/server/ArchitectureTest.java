package org.certamen.server;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency directions of ARCHITECTURE.md, over every package of the server (a context added
 * later is covered as soon as it exists): domain code knows no web layer and no storage, routes
 * know no storage (nor storage routes), JSON shapes shared by both know neither, the shared HTTP
 * plumbing knows no context, and contexts depend on each other without cycles.
 */
@AnalyzeClasses(packages = "org.certamen.server",
    importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {
  private static final String[] STORAGE = {"org.certamen.server.storage..",
      "org.certamen.server.*.storage..", "org.certamen.server.redis..", "org.certamen.server.memory..",
      "io.lettuce.."};

  @ArchTest
  static final ArchRule domainCodeKnowsNoWebNorStorage = noClasses()
      .that().resideInAnyPackage("org.certamen.server.*.domain..", "org.certamen.server.shared..")
      .should().dependOnClassesThat().resideInAnyPackage(STORAGE)
      .orShould().dependOnClassesThat().resideInAnyPackage("io.vertx.ext.web..",
          "org.certamen.server.http..", "org.certamen.server.*.http..");

  @ArchTest
  static final ArchRule routesKnowNoStorage = noClasses()
      .that().resideInAnyPackage("org.certamen.server.http..", "org.certamen.server.*.http..")
      .should().dependOnClassesThat().resideInAnyPackage(STORAGE);

  @ArchTest
  static final ArchRule storageKnowsNoRoutes = noClasses()
      .that().resideInAnyPackage(STORAGE)
      .should().dependOnClassesThat().resideInAnyPackage("io.vertx.ext.web..",
          "org.certamen.server.http..", "org.certamen.server.*.http..");

  @ArchTest
  static final ArchRule sharedShapesKnowNoRoutesNorStorage = noClasses()
      .that().resideInAPackage("org.certamen.server.*.json..")
      .should().dependOnClassesThat().resideInAnyPackage(STORAGE)
      .orShould().dependOnClassesThat().resideInAnyPackage("io.vertx.ext.web..",
          "org.certamen.server.http..", "org.certamen.server.*.http..");

  @ArchTest
  static final ArchRule sharedHttpKnowsNoContext = noClasses()
      .that().resideInAPackage("org.certamen.server.http..")
      .should().dependOnClassesThat(resideInAPackage("org.certamen.server..")
          .and(not(resideInAnyPackage("org.certamen.server.http..",
              "org.certamen.server.shared.."))));

  @ArchTest
  static final ArchRule contextsDependWithoutCycles = slices()
      .matching("org.certamen.server.(*)..").should().beFreeOfCycles();
}
