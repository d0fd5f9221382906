package dev.grants.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.time.InstantSource;

/**
 * Every architecture rule of DESIGN.md, as one shared object each: the {@code *Test} classes run them against
 * the real modules and {@link RulesCatchViolationsTest} proves each one fails on deliberately wrong classes.
 */
public final class GrantsRules {
  private GrantsRules() {}

  static final String DOMAIN = "dev.grants.domain..";
  static final String DOMAIN_ERROR = "dev.grants.domain.error..";
  static final String PORTS = "dev.grants.ports..";
  static final String PORTS_IN = "dev.grants.ports.in..";
  static final String JSON = "dev.grants.adapters.json..";
  static final String JSON_WIRE = "dev.grants.adapters.json.wire..";
  static final String JSON_POLICY = "dev.grants.adapters.json.policy..";
  static final String MEMORY = "dev.grants.adapters.memory..";
  static final String POSTGRES = "dev.grants.adapters.postgres..";
  static final String HTTP = "dev.grants.adapters.http..";
  static final String ENDPOINT = "dev.grants.endpoint..";
  static final String TESTKIT = "dev.grants.testkit..";

  static final String JDK = "java..";
  static final String VAVR = "io.vavr..";
  static final String IMMUTABLES = "org.immutables..";
  static final String JACKSON = "com.fasterxml.jackson..";

  // ------------------------------------------------------------------------------ module dependencies

  public static final ArchRule domain_depends_only_on_jdk_vavr_and_immutables =
      classes().that().resideInAPackage(DOMAIN)
          .should().onlyDependOnClassesThat().resideInAnyPackage(JDK, VAVR, IMMUTABLES, DOMAIN)
          .because("the domain is the pure model: vavr at run time, Immutables annotations at compile time"
              + " (its generated Immutable* classes carry only @org.immutables.value.Generated), nothing else");

  public static final ArchRule ports_depend_only_on_jdk_vavr_immutables_and_domain =
      classes().that().resideInAPackage(PORTS)
          .should().onlyDependOnClassesThat().resideInAnyPackage(JDK, "javax.crypto..", VAVR, IMMUTABLES, DOMAIN, PORTS)
          .because("the ports module depends on the domain only (DESIGN.md, Modules); javax.crypto is the JDK's"
              + " HMAC, which signs the services' page tokens");

  public static final ArchRule adapters_memory_depends_only_on_jdk_vavr_domain_and_ports =
      classes().that().resideInAPackage(MEMORY)
          .should().onlyDependOnClassesThat().resideInAnyPackage(JDK, VAVR, DOMAIN, PORTS, MEMORY)
          .because("adapters-memory depends on ports and domain only (DESIGN.md, Modules)");

  public static final ArchRule adapters_postgres_depends_only_on_jdk_jdbc_vavr_flyway_domain_and_ports =
      classes().that().resideInAPackage(POSTGRES)
          .should().onlyDependOnClassesThat()
          .resideInAnyPackage(JDK, "javax.sql..", VAVR, "org.flywaydb.core..", DOMAIN, PORTS, POSTGRES)
          .because("adapters-postgres is JDBC on the embedder's DataSource with Flyway migrations, over ports and"
              + " domain; the driver (pgjdbc) is reached through JDBC only, so no driver type is in its API"
              + " (DESIGN.md, Modules)");

  public static final ArchRule adapters_json_depends_only_on_jdk_vavr_jackson_domain_and_ports =
      classes().that().resideInAPackage(JSON)
          .should().onlyDependOnClassesThat().resideInAnyPackage(JDK, VAVR, JACKSON, DOMAIN, PORTS, JSON)
          .because("adapters-json depends on ports, domain and jackson-databind only (DESIGN.md, Modules)")
          .allowEmptyShould(true);

  public static final ArchRule adapters_json_families_share_only_the_wire_primitives_and_policy_documents =
      slices().matching("dev.grants.adapters.json.(*)..").namingSlices("adapters-json $1")
          .should().notDependOnEachOther()
          .ignoreDependency(alwaysTrue(), resideInAnyPackage(JSON_WIRE, JSON_POLICY))
          .because("adapters-json is in parts: one package per family (lambda, signer, ssoadmin), which never uses"
              + " another's codec or errors, over the policy documents (policy) and the JSON primitives (wire),"
              + " which use no family's")
          .allowEmptyShould(true);

  public static final ArchRule adapters_http_depends_only_on_jdk_httpserver_domain_ports_and_json =
      classes().that().resideInAPackage(HTTP)
          .should().onlyDependOnClassesThat()
          .resideInAnyPackage(JDK, "com.sun.net.httpserver..", VAVR, DOMAIN, PORTS, JSON, HTTP)
          .because("adapters-http is the JDK HttpServer over ports and adapters-json, with no extra dependency;"
              + " its launchers, the command line and the JUnit extension, are the endpoint module's"
              + " (DESIGN.md, Adapters and Modules)")
          .allowEmptyShould(true);

  public static final ArchRule the_endpoint_depends_only_on_jdk_vavr_domain_ports_http_and_the_stores =
      classes().that().resideInAPackage(ENDPOINT).and().doNotHaveSimpleName("GrantsEndpointExtension")
          .should().onlyDependOnClassesThat()
          .resideInAnyPackage(JDK, "javax.sql..", VAVR, DOMAIN, PORTS, HTTP, MEMORY, POSTGRES, "com.zaxxer.hikari..",
              "org.postgresql..", ENDPOINT)
          .because("the endpoint is the launcher, the one place that wires the HTTP adapter to a store"
              + " (adapters-memory); JUnit is for its extension alone (DESIGN.md, Modules)")
          .allowEmptyShould(true);

  public static final ArchRule only_the_endpoints_junit_extension_touches_junit =
      classes().that().resideInAPackage(ENDPOINT).and().haveSimpleName("GrantsEndpointExtension")
          .should().onlyDependOnClassesThat()
          .resideInAnyPackage(JDK, "org.junit.jupiter.api.extension..", DOMAIN, PORTS, HTTP, ENDPOINT)
          .because("the JUnit extension is the one class of the endpoint a consumer's test needs JUnit for, and"
              + " it needs only JUnit's extension API; the endpoint itself runs without it (junit-jupiter-api is"
              + " optional in the endpoint module)")
          .allowEmptyShould(true);

  public static final ArchRule testkit_depends_only_on_jdk_vavr_domain_ports_junit_and_assertj =
      classes().that().resideInAPackage(TESTKIT)
          .should().onlyDependOnClassesThat()
          .resideInAnyPackage(JDK, VAVR, DOMAIN, PORTS, TESTKIT, "org.junit.jupiter.api..", "org.opentest4j..",
              "org.apiguardian..", "org.assertj..")
          .because("the testkit is a normal jar over ports, domain, junit-jupiter-api and assertj only"
              + " (DESIGN.md, Modules)");

  public static final ArchRule no_adapter_depends_on_another_adapter_except_http_on_json =
      slices().matching("dev.grants.adapters.(*)..").namingSlices("adapters-$1")
          .should().notDependOnEachOther()
          .ignoreDependency(resideInAPackage(HTTP), resideInAPackage(JSON))
          .because("adapters are independent plug-ins; only the HTTP endpoint speaks the wire format that"
              + " adapters-json defines (DESIGN.md, Modules)");

  public static final ArchRule only_the_endpoint_depends_on_the_http_adapter =
      noClasses().that().resideOutsideOfPackages(HTTP, ENDPOINT)
          .should().dependOnClassesThat().resideInAPackage(HTTP)
          .because("only the endpoint, the launcher, wires the HTTP adapter to a store (DESIGN.md, Modules)");

  public static final ArchRule nothing_depends_on_the_endpoint =
      noClasses().that().resideOutsideOfPackage(ENDPOINT)
          .should().dependOnClassesThat().resideInAPackage(ENDPOINT)
          .because("the endpoint is the outermost module: the launcher depends on the adapters, and nothing on it"
              + " (DESIGN.md, Modules)");

  public static final ArchRule no_production_module_depends_on_the_testkit =
      noClasses().that().resideOutsideOfPackage(TESTKIT)
          .should().dependOnClassesThat().resideInAPackage(TESTKIT)
          .because("the testkit serves tests only; domain, ports and adapters never depend on it");

  public static final ArchRule only_the_json_adapter_uses_jackson =
      noClasses().that().resideOutsideOfPackage(JSON)
          .should().dependOnClassesThat().resideInAPackage(JACKSON)
          .because("the wire format lives in adapters-json alone: no Jackson type or annotation elsewhere"
              + " (DESIGN.md, Adapters)");

  public static final ArchRule immutables_is_used_only_through_annotations =
      classes().that().resideInAPackage("dev.grants..")
          .should(GrantsConditions.useImmutablesOnlyThroughAnnotations())
          .because("org.immutables:value is a provided dependency, absent from a consumer's run time");

  // ---------------------------------------------------------------------------------- layers, cycles

  public static final ArchRule the_hexagon_is_an_onion_of_domain_ports_and_adapters =
      onionArchitecture()
          .domainModels(DOMAIN)
          .applicationServices(PORTS)
          .adapter("json", JSON)
          .adapter("memory", MEMORY)
          .adapter("postgres", POSTGRES)
          .adapter("http", HTTP)
          .adapter("endpoint", ENDPOINT)
          .ignoreDependency(resideInAPackage(HTTP), resideInAPackage(JSON))
          .ignoreDependency(resideInAPackage(ENDPOINT), resideInAnyPackage(HTTP, MEMORY, POSTGRES))
          .ignoreDependency(resideInAPackage(TESTKIT), alwaysTrue())
          .withOptionalLayers(true)
          .ensureAllClassesAreContainedInArchitectureIgnoring(TESTKIT)
          .because("dependencies point inwards: adapters on ports on the domain; the edges between adapters are"
              + " http on json and, from the outermost ring, the endpoint (the launcher) on http and on the store"
              + " it wires, and nothing depends on the endpoint; every class but the testkit's belongs to a ring,"
              + " and the testkit (a test-support jar outside the rings, policed by its own rule) may use domain"
              + " and ports (DESIGN.md)");

  public static final ArchRule modules_are_free_of_cycles =
      slices().assignedFrom(GrantsConditions.modules())
          .should().beFreeOfCycles()
          .because("the modules form a directed acyclic graph (DESIGN.md, Modules)");

  /**
   * Package cycles, but for the edges out of {@code domain.error}: the sealed {@code GrantsError} hierarchy is
   * the one hub that both names the concepts (a {@code StatementIdConflict} carries the {@code StatementId}, a
   * {@code LayerVersionNotFound} the {@code LayerVersionArn}) and is returned by them
   * ({@code Either<GrantsError, ...>}), as DESIGN.md asks of it. Every other cycle, in the domain or
   * anywhere else, still fails.
   */
  public static final ArchRule packages_are_free_of_cycles_apart_from_the_error_hub =
      slices().matching("dev.grants.(**)").namingSlices("$1")
          .should().beFreeOfCycles()
          .ignoreDependency(resideInAPackage(DOMAIN_ERROR), resideInAPackage(DOMAIN))
          .because("sub-packages by concept build on each other in one direction; only the error hierarchy,"
              + " which carries the concepts' values and is returned by their rules, is exempt");

  public static final ArchRule every_class_lives_in_the_root_package_of_its_module =
      classes().that().resideInAPackage("dev.grants..")
          .should(GrantsConditions.liveInTheRootPackageOfTheirModule())
          .because("root packages are one per module, never split across modules (DESIGN.md, Modules)");

  // --------------------------------------------------------------------------------------- the core

  public static final ArchRule domain_and_inbound_ports_never_touch_the_clock =
      noClasses().that().resideInAnyPackage(DOMAIN, PORTS_IN)
          .should().dependOnClassesThat(assignableTo(InstantSource.class))
          .because("time comes in as an argument; only the services (and the outbound ports that name it)"
              + " receive a java.time.Clock (DESIGN.md, The domain and Ports)");

  public static final ArchRule domain_and_ports_never_read_the_system_time =
      noClasses().that().resideInAnyPackage(DOMAIN, PORTS)
          .should().accessTargetWhere(GrantsConditions.readsTheSystemTime())
          .because("the time is what the given Clock says, so tests and replays are deterministic"
              + " (DESIGN.md: no clock in the domain)");

  public static final ArchRule domain_and_ports_never_use_randomness =
      noClasses().that().resideInAnyPackage(DOMAIN, PORTS)
          .should().dependOnClassesThat(GrantsConditions.randomSources())
          .orShould().accessTargetWhere(GrantsConditions.drawsHiddenRandomness())
          .because("ids come in through the IdGenerator port; the core is deterministic"
              + " (DESIGN.md: no randomness in the domain)");

  public static final ArchRule domain_and_ports_never_log_or_print =
      noClasses().that().resideInAnyPackage(DOMAIN, PORTS)
          .should().dependOnClassesThat(GrantsConditions.loggingApis())
          .orShould().accessTargetWhere(GrantsConditions.printsOrLogs())
          .because("outcomes are values and events go to the GrantsEventListener port"
              + " (DESIGN.md: no logging in domain or ports)");

  public static final ArchRule domain_and_ports_never_do_io =
      noClasses().that().resideInAnyPackage(DOMAIN, PORTS)
          .should().dependOnClassesThat(GrantsConditions.ioTypes())
          .orShould().accessTargetWhere(GrantsConditions.readsTheConsole())
          .because("persistence and transport are adapters behind the ports (DESIGN.md: no I/O in the domain)");

  // --------------------------------------------------------------------------------------------- API

  public static final ArchRule public_api_of_domain_and_ports_declares_no_checked_exceptions =
      classes().that().resideInAnyPackage(DOMAIN, PORTS).and(GrantsConditions.publicApiTypes())
          .should(GrantsConditions.declareNoCheckedExceptionsOnTheirApi())
          .because("expected refusals are Either values; no checked exceptions anywhere in the public API"
              + " (DESIGN.md, Ports)");
}
