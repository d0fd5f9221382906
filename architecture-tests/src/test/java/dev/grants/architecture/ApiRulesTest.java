package dev.grants.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The public surface of domain and ports: refusals are values, never checked exceptions. */
@AnalyzeClasses(packages = "dev.grants", importOptions = ImportOption.DoNotIncludeTests.class)
class ApiRulesTest {

  @ArchTest
  static final ArchRule public_api_of_domain_and_ports_declares_no_checked_exceptions =
      GrantsRules.public_api_of_domain_and_ports_declares_no_checked_exceptions;
}
