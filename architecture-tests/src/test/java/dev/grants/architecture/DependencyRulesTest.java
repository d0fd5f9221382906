package dev.grants.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Which module may depend on which (DESIGN.md, Modules): the allowed edges and nothing else. */
@AnalyzeClasses(packages = "dev.grants", importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRulesTest {

  @ArchTest
  static final ArchRule domain_depends_only_on_jdk_vavr_and_immutables =
      GrantsRules.domain_depends_only_on_jdk_vavr_and_immutables;

  @ArchTest
  static final ArchRule ports_depend_only_on_jdk_vavr_immutables_and_domain =
      GrantsRules.ports_depend_only_on_jdk_vavr_immutables_and_domain;

  @ArchTest
  static final ArchRule adapters_memory_depends_only_on_jdk_vavr_domain_and_ports =
      GrantsRules.adapters_memory_depends_only_on_jdk_vavr_domain_and_ports;

  @ArchTest
  static final ArchRule adapters_postgres_depends_only_on_jdk_jdbc_vavr_flyway_domain_and_ports =
      GrantsRules.adapters_postgres_depends_only_on_jdk_jdbc_vavr_flyway_domain_and_ports;

  @ArchTest
  static final ArchRule adapters_json_depends_only_on_jdk_vavr_jackson_domain_and_ports =
      GrantsRules.adapters_json_depends_only_on_jdk_vavr_jackson_domain_and_ports;

  @ArchTest
  static final ArchRule adapters_json_families_share_only_the_wire_primitives_and_policy_documents =
      GrantsRules.adapters_json_families_share_only_the_wire_primitives_and_policy_documents;

  @ArchTest
  static final ArchRule adapters_http_depends_only_on_jdk_httpserver_domain_ports_and_json =
      GrantsRules.adapters_http_depends_only_on_jdk_httpserver_domain_ports_and_json;

  @ArchTest
  static final ArchRule the_endpoint_depends_only_on_jdk_vavr_domain_ports_http_and_the_stores =
      GrantsRules.the_endpoint_depends_only_on_jdk_vavr_domain_ports_http_and_the_stores;

  @ArchTest
  static final ArchRule only_the_endpoints_junit_extension_touches_junit =
      GrantsRules.only_the_endpoints_junit_extension_touches_junit;

  @ArchTest
  static final ArchRule testkit_depends_only_on_jdk_vavr_domain_ports_junit_and_assertj =
      GrantsRules.testkit_depends_only_on_jdk_vavr_domain_ports_junit_and_assertj;

  @ArchTest
  static final ArchRule no_adapter_depends_on_another_adapter_except_http_on_json =
      GrantsRules.no_adapter_depends_on_another_adapter_except_http_on_json;

  @ArchTest
  static final ArchRule only_the_endpoint_depends_on_the_http_adapter =
      GrantsRules.only_the_endpoint_depends_on_the_http_adapter;

  @ArchTest
  static final ArchRule nothing_depends_on_the_endpoint = GrantsRules.nothing_depends_on_the_endpoint;

  @ArchTest
  static final ArchRule no_production_module_depends_on_the_testkit =
      GrantsRules.no_production_module_depends_on_the_testkit;

  @ArchTest
  static final ArchRule only_the_json_adapter_uses_jackson = GrantsRules.only_the_json_adapter_uses_jackson;

  @ArchTest
  static final ArchRule immutables_is_used_only_through_annotations =
      GrantsRules.immutables_is_used_only_through_annotations;
}
