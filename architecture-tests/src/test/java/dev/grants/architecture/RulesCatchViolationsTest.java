package dev.grants.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.grants.adapters.http.wrong_example.HttpUsingEndpoint;
import dev.grants.adapters.http.wrong_example.HttpUsingJsonCodec;
import dev.grants.adapters.http.wrong_example.HttpUsingMemory;
import dev.grants.adapters.json.wrong_example.JsonCodec;
import dev.grants.adapters.json.wrong_example.JsonUsingAnotherFamily;
import dev.grants.adapters.json.wrong_example.JsonUsingHttp;
import dev.grants.adapters.json.wrong_example.JsonUsingWire;
import dev.grants.adapters.memory.InMemoryGrants;
import dev.grants.adapters.memory.wrong_example.MemoryUsingJackson;
import dev.grants.adapters.memory.wrong_example.MemoryUsingJsonCodec;
import dev.grants.adapters.postgres.wrong_example.PostgresUsingMemory;
import dev.grants.adapters.postgres.wrong_example.PostgresWithFlyway;
import dev.grants.domain.principal.AccountId;
import dev.grants.domain.wrong_example.AdapterDependentEntity;
import dev.grants.domain.wrong_example.CheckedExceptionConstructorEntity;
import dev.grants.domain.wrong_example.CheckedExceptionEntity;
import dev.grants.domain.wrong_example.ClockHoldingEntity;
import dev.grants.domain.wrong_example.FileReadingEntity;
import dev.grants.domain.wrong_example.ImmutablesAtRunTimeEntity;
import dev.grants.domain.wrong_example.JacksonAnnotatedEntity;
import dev.grants.domain.wrong_example.LoggingEntity;
import dev.grants.domain.wrong_example.MethodReferenceTimeEntity;
import dev.grants.domain.wrong_example.PortsDependentEntity;
import dev.grants.domain.wrong_example.PrintingEntity;
import dev.grants.domain.wrong_example.RandomIdEntity;
import dev.grants.domain.wrong_example.RandomNumberEntity;
import dev.grants.domain.wrong_example.SystemTimeReadingEntity;
import dev.grants.domain.wrong_example.TestkitDependentEntity;
import dev.grants.domain.wrong_example.UncheckedExceptionEntity;
import dev.grants.domain.wrong_example.cycle_a.CycleA;
import dev.grants.domain.wrong_example.cycle_b.CycleB;
import dev.grants.endpoint.wrong_example.EndpointClassUsingJunit;
import dev.grants.endpoint.wrong_example.EndpointUsingJackson;
import dev.grants.endpoint.wrong_example.EndpointWiring;
import dev.grants.ports.in.wrong_example.ClockTakingCommand;
import dev.grants.ports.in.wrong_example.DomainUsingCommand;
import dev.grants.ports.service.wrong_example.AdapterDependentService;
import dev.grants.ports.service.wrong_example.InjectedClockService;
import dev.grants.testkit.wrong_example.TestkitUsingMemory;
import org.junit.jupiter.api.Test;

/**
 * The rules are not vacuous: each {@link GrantsRules} object, the very one the {@code *RulesTest} classes run,
 * fails on a deliberately wrong class (test sources, so the real runs never see them) and passes a clean control.
 */
class RulesCatchViolationsTest {

  // ---------------------------------------------------------------------------------- clock and time

  @Test
  void a_domain_class_reading_the_system_time_is_caught() {
    assertCaught(GrantsRules.domain_and_ports_never_read_the_system_time, SystemTimeReadingEntity.class);
  }

  @Test
  void a_domain_class_reading_the_system_time_through_a_method_reference_is_caught() {
    assertCaught(GrantsRules.domain_and_ports_never_read_the_system_time, MethodReferenceTimeEntity.class);
  }

  @Test
  void a_domain_class_holding_a_clock_is_caught() {
    assertCaught(GrantsRules.domain_and_inbound_ports_never_touch_the_clock, ClockHoldingEntity.class);
  }

  @Test
  void an_inbound_port_type_carrying_a_clock_is_caught() {
    assertCaught(GrantsRules.domain_and_inbound_ports_never_touch_the_clock, ClockTakingCommand.class);
  }

  @Test
  void reading_an_injected_clock_is_not_reading_the_system_time() {
    assertPasses(GrantsRules.domain_and_ports_never_read_the_system_time,
        InjectedClockService.class, ClockHoldingEntity.class);
  }

  @Test
  void a_service_may_hold_the_clock() {
    assertPasses(GrantsRules.domain_and_inbound_ports_never_touch_the_clock,
        InjectedClockService.class, AccountId.class);
  }

  // ------------------------------------------------------------------------------ randomness, output

  @Test
  void a_domain_class_using_random_is_caught() {
    assertCaught(GrantsRules.domain_and_ports_never_use_randomness, RandomNumberEntity.class);
  }

  @Test
  void a_domain_class_making_a_random_uuid_is_caught() {
    assertCaught(GrantsRules.domain_and_ports_never_use_randomness, RandomIdEntity.class);
  }

  @Test
  void a_domain_class_printing_to_standard_output_is_caught() {
    assertCaught(GrantsRules.domain_and_ports_never_log_or_print, PrintingEntity.class);
  }

  @Test
  void a_domain_class_logging_is_caught() {
    assertCaught(GrantsRules.domain_and_ports_never_log_or_print, LoggingEntity.class);
  }

  @Test
  void a_domain_class_reading_a_file_is_caught() {
    assertCaught(GrantsRules.domain_and_ports_never_do_io, FileReadingEntity.class);
  }

  // ------------------------------------------------------------------------------------ dependencies

  @Test
  void a_domain_class_depending_on_an_adapter_breaks_the_domain_whitelist() {
    assertCaught(GrantsRules.domain_depends_only_on_jdk_vavr_and_immutables, AdapterDependentEntity.class);
  }

  @Test
  void a_domain_class_depending_on_an_adapter_breaks_the_onion() {
    // Like the real run, import the target too: the onion checks the dependencies into each imported ring.
    assertCaught(GrantsRules.the_hexagon_is_an_onion_of_domain_ports_and_adapters,
        AdapterDependentEntity.class, InMemoryGrants.class);
  }

  @Test
  void a_domain_class_depending_on_the_testkit_is_caught() {
    assertCaught(GrantsRules.no_production_module_depends_on_the_testkit, TestkitDependentEntity.class);
  }

  @Test
  void a_service_depending_on_an_adapter_is_caught() {
    assertCaught(GrantsRules.ports_depend_only_on_jdk_vavr_immutables_and_domain, AdapterDependentService.class);
    assertCaught(GrantsRules.the_hexagon_is_an_onion_of_domain_ports_and_adapters,
        AdapterDependentService.class, InMemoryGrants.class);
  }

  @Test
  void the_testkit_depending_on_an_adapter_is_caught() {
    assertCaught(GrantsRules.testkit_depends_only_on_jdk_vavr_domain_ports_junit_and_assertj,
        TestkitUsingMemory.class);
  }

  @Test
  void the_memory_adapter_depending_on_something_else_than_domain_and_ports_is_caught() {
    assertCaught(GrantsRules.adapters_memory_depends_only_on_jdk_vavr_domain_and_ports, MemoryUsingJackson.class);
  }

  @Test
  void the_postgres_adapter_depending_on_another_adapter_is_caught() {
    assertCaught(GrantsRules.adapters_postgres_depends_only_on_jdk_jdbc_vavr_flyway_domain_and_ports,
        PostgresUsingMemory.class);
    assertCaught(GrantsRules.no_adapter_depends_on_another_adapter_except_http_on_json, PostgresUsingMemory.class,
        dev.grants.adapters.memory.InMemoryResourcePolicyRepository.class);
    assertCaught(GrantsRules.the_hexagon_is_an_onion_of_domain_ports_and_adapters, PostgresUsingMemory.class,
        dev.grants.adapters.memory.InMemoryResourcePolicyRepository.class);
  }

  @Test
  void the_postgres_adapter_may_use_jdbc_and_flyway() {
    assertPasses(GrantsRules.adapters_postgres_depends_only_on_jdk_jdbc_vavr_flyway_domain_and_ports,
        PostgresWithFlyway.class);
  }

  @Test
  void the_json_adapter_depending_on_the_http_adapter_is_caught() {
    assertCaught(GrantsRules.adapters_json_depends_only_on_jdk_vavr_jackson_domain_and_ports, JsonUsingHttp.class);
  }

  @Test
  void an_adapter_depending_on_another_adapter_is_caught() {
    assertCaught(GrantsRules.no_adapter_depends_on_another_adapter_except_http_on_json,
        MemoryUsingJsonCodec.class, JsonCodec.class);
  }

  @Test
  void an_adapter_depending_on_another_adapter_breaks_the_onion() {
    assertCaught(GrantsRules.the_hexagon_is_an_onion_of_domain_ports_and_adapters,
        MemoryUsingJsonCodec.class, JsonCodec.class);
  }

  @Test
  void the_http_adapter_depending_on_the_memory_adapter_is_caught() {
    assertCaught(GrantsRules.adapters_http_depends_only_on_jdk_httpserver_domain_ports_and_json,
        HttpUsingMemory.class);
    assertCaught(GrantsRules.no_adapter_depends_on_another_adapter_except_http_on_json,
        HttpUsingMemory.class);
  }

  @Test
  void one_json_family_using_another_familys_codec_is_caught() {
    assertCaught(GrantsRules.adapters_json_families_share_only_the_wire_primitives_and_policy_documents,
        JsonUsingAnotherFamily.class);
  }

  @Test
  void a_json_family_may_use_the_wire_primitives_and_policy_documents() {
    assertPasses(GrantsRules.adapters_json_families_share_only_the_wire_primitives_and_policy_documents,
        JsonUsingWire.class);
  }

  @Test
  void depending_on_the_http_adapter_is_caught() {
    assertCaught(GrantsRules.only_the_endpoint_depends_on_the_http_adapter, JsonUsingHttp.class);
  }

  @Test
  void a_junit_extension_in_the_http_adapter_is_caught() {
    assertCaught(GrantsRules.adapters_http_depends_only_on_jdk_httpserver_domain_ports_and_json,
        dev.grants.adapters.http.wrong_example.GrantsEndpointExtension.class);
  }

  @Test
  void the_endpoint_may_wire_a_store_into_the_http_adapter() {
    assertPasses(GrantsRules.the_endpoint_depends_only_on_jdk_vavr_domain_ports_http_and_the_stores,
        EndpointWiring.class);
    assertPasses(GrantsRules.only_the_endpoint_depends_on_the_http_adapter, EndpointWiring.class, AccountId.class);
    assertPasses(GrantsRules.the_hexagon_is_an_onion_of_domain_ports_and_adapters,
        EndpointWiring.class, InMemoryGrants.class);
  }

  @Test
  void the_endpoint_depending_on_something_else_than_domain_ports_http_and_the_stores_is_caught() {
    assertCaught(GrantsRules.the_endpoint_depends_only_on_jdk_vavr_domain_ports_http_and_the_stores,
        EndpointUsingJackson.class);
  }

  @Test
  void an_endpoint_class_other_than_the_junit_extension_touching_junit_is_caught() {
    assertCaught(GrantsRules.the_endpoint_depends_only_on_jdk_vavr_domain_ports_http_and_the_stores,
        EndpointClassUsingJunit.class);
  }

  @Test
  void the_endpoints_junit_extension_using_more_than_junits_extension_api_is_caught() {
    assertCaught(GrantsRules.only_the_endpoints_junit_extension_touches_junit,
        dev.grants.endpoint.wrong_example.GrantsEndpointExtension.class);
  }

  @Test
  void depending_on_the_endpoint_is_caught() {
    assertCaught(GrantsRules.nothing_depends_on_the_endpoint, HttpUsingEndpoint.class);
  }

  @Test
  void depending_on_the_endpoint_breaks_the_onion() {
    assertCaught(GrantsRules.the_hexagon_is_an_onion_of_domain_ports_and_adapters,
        HttpUsingEndpoint.class, EndpointWiring.class);
  }

  @Test
  void the_http_adapter_may_depend_on_the_json_adapter() {
    assertPasses(GrantsRules.no_adapter_depends_on_another_adapter_except_http_on_json,
        HttpUsingJsonCodec.class, JsonCodec.class);
    assertPasses(GrantsRules.the_hexagon_is_an_onion_of_domain_ports_and_adapters,
        HttpUsingJsonCodec.class, JsonCodec.class);
  }

  @Test
  void an_adapter_using_jackson_outside_adapters_json_is_caught() {
    assertCaught(GrantsRules.only_the_json_adapter_uses_jackson, MemoryUsingJackson.class);
  }

  @Test
  void a_jackson_annotation_on_a_domain_type_is_caught() {
    assertCaught(GrantsRules.only_the_json_adapter_uses_jackson, JacksonAnnotatedEntity.class);
    assertCaught(GrantsRules.domain_depends_only_on_jdk_vavr_and_immutables, JacksonAnnotatedEntity.class);
  }

  @Test
  void adapters_json_may_use_jackson() {
    assertPasses(GrantsRules.only_the_json_adapter_uses_jackson, JsonCodec.class, AccountId.class);
  }

  @Test
  void immutables_used_at_run_time_is_caught() {
    assertCaught(GrantsRules.immutables_is_used_only_through_annotations, ImmutablesAtRunTimeEntity.class);
  }

  // ------------------------------------------------------------------------------ structure, the API

  @Test
  void a_package_cycle_is_caught() {
    assertCaught(GrantsRules.packages_are_free_of_cycles_apart_from_the_error_hub, CycleA.class, CycleB.class);
  }

  @Test
  void a_cycle_between_modules_is_caught() {
    assertCaught(GrantsRules.modules_are_free_of_cycles, PortsDependentEntity.class, DomainUsingCommand.class);
  }

  @Test
  void a_class_of_a_root_package_loaded_from_another_module_is_caught() {
    // Compiled into architecture-tests, so a split of the domain's root package.
    assertCaught(GrantsRules.every_class_lives_in_the_root_package_of_its_module, PrintingEntity.class);
  }

  @Test
  void a_public_domain_method_declaring_a_checked_exception_is_caught() {
    assertCaught(GrantsRules.public_api_of_domain_and_ports_declares_no_checked_exceptions,
        CheckedExceptionEntity.class);
  }

  @Test
  void a_public_domain_constructor_declaring_a_checked_exception_is_caught() {
    assertCaught(GrantsRules.public_api_of_domain_and_ports_declares_no_checked_exceptions,
        CheckedExceptionConstructorEntity.class);
  }

  @Test
  void unchecked_exceptions_and_non_public_checked_ones_pass() {
    assertPasses(GrantsRules.public_api_of_domain_and_ports_declares_no_checked_exceptions,
        UncheckedExceptionEntity.class);
  }

  // ---------------------------------------------------------------------------------------- helpers

  private static void assertCaught(ArchRule rule, Class<?> wrong, Class<?>... others) {
    EvaluationResult result = rule.evaluate(importOf(wrong, others));
    assertThat(result.hasViolation())
        .as("%s should fail on %s", rule.getDescription(), wrong.getName())
        .isTrue();
    assertThat(result.getFailureReport().toString()).contains(wrong.getName());
  }

  private static void assertPasses(ArchRule rule, Class<?> clean, Class<?>... others) {
    EvaluationResult result = rule.evaluate(importOf(clean, others));
    assertThat(result.hasViolation())
        .as("%s should pass on %s, but: %s", rule.getDescription(), clean.getName(), result.getFailureReport())
        .isFalse();
  }

  private static JavaClasses importOf(Class<?> first, Class<?>... others) {
    Class<?>[] all = new Class<?>[others.length + 1];
    all[0] = first;
    System.arraycopy(others, 0, all, 1, others.length);
    return new ClassFileImporter().importClasses(all);
  }
}
