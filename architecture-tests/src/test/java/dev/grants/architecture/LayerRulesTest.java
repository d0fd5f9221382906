package dev.grants.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The shape of the whole: an onion, one root package per module, no cycles between modules or packages. */
@AnalyzeClasses(packages = "dev.grants", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

  @ArchTest
  static final ArchRule the_hexagon_is_an_onion_of_domain_ports_and_adapters =
      GrantsRules.the_hexagon_is_an_onion_of_domain_ports_and_adapters;

  @ArchTest
  static final ArchRule modules_are_free_of_cycles = GrantsRules.modules_are_free_of_cycles;

  @ArchTest
  static final ArchRule packages_are_free_of_cycles_apart_from_the_error_hub =
      GrantsRules.packages_are_free_of_cycles_apart_from_the_error_hub;

  @ArchTest
  static final ArchRule every_class_lives_in_the_root_package_of_its_module =
      GrantsRules.every_class_lives_in_the_root_package_of_its_module;
}
