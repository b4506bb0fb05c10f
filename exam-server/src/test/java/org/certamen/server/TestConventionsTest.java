package org.certamen.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.params.ParameterizedClass;

/** How the tests themselves are written, where Maven's output depends on it. */
@AnalyzeClasses(packages = "org.certamen.server",
    importOptions = {ImportOption.OnlyIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class TestConventionsTest {
  @ArchTest
  static final ArchRule bothStoresRunPerMethod = noClasses()
      .should().beAnnotatedWith(ParameterizedClass.class)
      .because("surefire reports a parameterised class as an extra 'Tests run: 0' line and an XML report"
          + " counting tests=\"0\": mark each test method @EveryStore instead");
}
