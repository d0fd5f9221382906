package dev.grants.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** No clock, no randomness, no I/O, no logging in domain and ports: time and ids come in as arguments. */
@AnalyzeClasses(packages = "dev.grants", importOptions = ImportOption.DoNotIncludeTests.class)
class PurityRulesTest {

  @ArchTest
  static final ArchRule domain_and_inbound_ports_never_touch_the_clock =
      GrantsRules.domain_and_inbound_ports_never_touch_the_clock;

  @ArchTest
  static final ArchRule domain_and_ports_never_read_the_system_time =
      GrantsRules.domain_and_ports_never_read_the_system_time;

  @ArchTest
  static final ArchRule domain_and_ports_never_use_randomness = GrantsRules.domain_and_ports_never_use_randomness;

  @ArchTest
  static final ArchRule domain_and_ports_never_log_or_print = GrantsRules.domain_and_ports_never_log_or_print;

  @ArchTest
  static final ArchRule domain_and_ports_never_do_io = GrantsRules.domain_and_ports_never_do_io;
}
