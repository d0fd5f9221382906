package dev.grants.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.Source;
import com.tngtech.archunit.core.domain.ThrowsDeclaration;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The custom predicates and conditions behind {@link GrantsRules}. */
final class GrantsConditions {
  private GrantsConditions() {}

  /** The root package of each module (one module per root package, none a prefix of another; DESIGN.md). */
  static final Map<String, String> MODULE_OF_ROOT_PACKAGE =
      Map.ofEntries(
          Map.entry("dev.grants.domain", "domain"),
          Map.entry("dev.grants.ports.in", "ports"),
          Map.entry("dev.grants.ports.out", "ports"),
          Map.entry("dev.grants.ports.service", "ports"),
          Map.entry("dev.grants.adapters.json", "adapters-json"),
          Map.entry("dev.grants.adapters.memory", "adapters-memory"),
          Map.entry("dev.grants.adapters.postgres", "adapters-postgres"),
          Map.entry("dev.grants.adapters.http", "adapters-http"),
          Map.entry("dev.grants.endpoint", "endpoint"),
          Map.entry("dev.grants.testkit", "testkit"));

  // ---------------------------------------------------------------------------------------------- time

  private static final Set<String> SYSTEM_CLOCK_FACTORIES =
      Set.of("systemUTC", "systemDefaultZone", "system", "tickMillis", "tickSeconds", "tickMinutes");

  /**
   * Calls (or method references) that read the wall clock or the system timer behind the caller's back:
   * {@code System.currentTimeMillis/nanoTime}, any {@code java.time} {@code now(...)} that is not given a
   * {@code Clock}, {@code Clock.system*()/tick*(zone)}, {@code InstantSource.system()}, {@code new Date()},
   * {@code Calendar.getInstance(...)}, {@code new GregorianCalendar()}.
   */
  static DescribedPredicate<JavaAccess<?>> readsTheSystemTime() {
    return DescribedPredicate.describe(
        "reads the system time (System.currentTimeMillis/nanoTime, java.time now() without a Clock,"
            + " Clock.system*/tick*, InstantSource.system(), new Date(), Calendar.getInstance())",
        access -> {
          AccessTarget target = access.getTarget();
          String owner = target.getOwner().getName();
          String name = target.getName();
          List<JavaClass> parameters = parametersOf(target);
          if (owner.equals("java.lang.System")) {
            return name.equals("currentTimeMillis") || name.equals("nanoTime");
          }
          if (target.getOwner().getPackageName().equals("java.time") && name.equals("now")) {
            return parameters.stream()
                .noneMatch(p -> p.getName().equals("java.time.Clock")
                    || p.getName().equals("java.time.InstantSource")
                    || p.isAssignableTo("java.time.InstantSource"));
          }
          if (owner.equals("java.time.Clock")) {
            return SYSTEM_CLOCK_FACTORIES.contains(name);
          }
          if (owner.equals("java.time.InstantSource")) {
            return name.equals("system");
          }
          if (owner.equals("java.util.Date") || owner.equals("java.util.GregorianCalendar")) {
            return name.equals(JavaConstructor.CONSTRUCTOR_NAME) && parameters.isEmpty();
          }
          return owner.equals("java.util.Calendar") && name.equals("getInstance");
        });
  }

  // ---------------------------------------------------------------------------------------- randomness

  /** Random sources as types: {@code Random} and its subclasses, {@code SplittableRandom}, {@code java.util.random}. */
  static DescribedPredicate<JavaClass> randomSources() {
    return DescribedPredicate.describe(
        "are random sources (java.util.Random and subclasses such as SecureRandom and ThreadLocalRandom,"
            + " SplittableRandom, java.util.random..)",
        c ->
            c.isAssignableTo("java.util.Random")
                || c.getName().equals("java.util.Random")
                || c.getName().equals("java.security.SecureRandom")
                || c.getName().equals("java.util.concurrent.ThreadLocalRandom")
                || c.getName().equals("java.util.SplittableRandom")
                || c.getPackageName().equals("java.util.random"));
  }

  /** Calls that draw from a hidden shared random source. */
  static DescribedPredicate<JavaAccess<?>> drawsHiddenRandomness() {
    return DescribedPredicate.describe(
        "draws hidden randomness (Math.random, StrictMath.random, UUID.randomUUID, Collections.shuffle(list))",
        access -> {
          AccessTarget target = access.getTarget();
          String owner = target.getOwner().getName();
          String name = target.getName();
          return (owner.equals("java.lang.Math") || owner.equals("java.lang.StrictMath")) && name.equals("random")
              || owner.equals("java.util.UUID") && name.equals("randomUUID")
              || owner.equals("java.util.Collections")
                  && name.equals("shuffle")
                  && parametersOf(target).size() == 1;
        });
  }

  // ------------------------------------------------------------------------------------ logging, output

  /** Logging APIs as types. */
  static DescribedPredicate<JavaClass> loggingApis() {
    return DescribedPredicate.describe(
        "are logging APIs (java.util.logging, System.Logger, SLF4J, Log4j, Commons Logging, Logback, JBoss Logging)",
        c ->
            startsWithAny(
                    c.getName(),
                    "java.util.logging.",
                    "java.lang.System$Logger",
                    "java.lang.System$LoggerFinder",
                    "org.slf4j.",
                    "org.apache.logging.",
                    "org.apache.commons.logging.",
                    "ch.qos.logback.",
                    "org.jboss.logging.",
                    "org.tinylog."));
  }

  /** Accesses that print or log through the JDK without naming a logging type. */
  static DescribedPredicate<JavaAccess<?>> printsOrLogs() {
    return DescribedPredicate.describe(
        "prints or logs (System.out, System.err, System.getLogger, Throwable.printStackTrace, Thread.dumpStack)",
        access -> {
          AccessTarget target = access.getTarget();
          String owner = target.getOwner().getName();
          String name = target.getName();
          return owner.equals("java.lang.System")
                  && (name.equals("out") || name.equals("err") || name.equals("getLogger"))
              || name.equals("printStackTrace") && target.getOwner().isAssignableTo(Throwable.class)
              || owner.equals("java.lang.Thread") && name.equals("dumpStack");
        });
  }

  // ------------------------------------------------------------------------------------------------ I/O

  private static final Set<String> PURE_TYPES_IN_IO_PACKAGES =
      Set.of("java.io.Serializable", "java.net.URI", "java.net.URLEncoder", "java.net.URLDecoder");

  /** I/O types: files, streams, channels, sockets, processes (java.nio.charset and ByteBuffer are fine). */
  static DescribedPredicate<JavaClass> ioTypes() {
    return DescribedPredicate.describe(
        "are I/O types (java.io.. but Serializable, java.nio.file.., java.nio.channels.., java.net.. but"
            + " URI/URLEncoder/URLDecoder, ProcessBuilder, Process)",
        c -> {
          String name = c.getName();
          if (PURE_TYPES_IN_IO_PACKAGES.contains(name)) {
            return false;
          }
          return startsWithAny(name, "java.io.", "java.nio.file.", "java.nio.channels.", "java.net.")
              || name.equals("java.lang.ProcessBuilder")
              || name.startsWith("java.lang.ProcessBuilder$")
              || name.equals("java.lang.Process");
        });
  }

  /** Accesses to the console and standard input, which name no I/O type. */
  static DescribedPredicate<JavaAccess<?>> readsTheConsole() {
    return DescribedPredicate.describe(
        "reads the console (System.in, System.console())",
        access -> {
          AccessTarget target = access.getTarget();
          return target.getOwner().getName().equals("java.lang.System")
              && (target.getName().equals("in") || target.getName().equals("console"));
        });
  }

  // ---------------------------------------------------------------------------------------- immutables

  /**
   * Dependencies on Immutables only as annotations: {@code @Value.Immutable}, {@code @Value.Style} (with its
   * member types) on the hand-written types and {@code @org.immutables.value.Generated} on the generated ones.
   * Immutables is a {@code provided} dependency, absent at run time: a call, field, parameter or supertype
   * of one of its types would fail there. A dependency on an Immutables type passes only if that type is an
   * annotation (or an annotation member's type) on the class, its fields, code units or parameters, and the
   * class never calls or reads an Immutables member. (The generated sources also carry
   * {@code @javax.annotation.processing.Generated}, which has source retention and never reaches the class
   * files, so it needs no allowance.)
   */
  static ArchCondition<JavaClass> useImmutablesOnlyThroughAnnotations() {
    return new ArchCondition<>("use org.immutables.. only through annotations") {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        Set<String> annotationTypes = typesNamedByAnnotationsOf(javaClass);
        for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass();
          if (isImmutables(target) && !annotationTypes.contains(target.getName())) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                + ": not an annotation use, and Immutables is absent at run time"));
          }
        }
        for (JavaAccess<?> access : javaClass.getAccessesFromSelf()) {
          if (isImmutables(access.getTargetOwner())) {
            events.add(SimpleConditionEvent.violated(access, access.getDescription()
                + ": not an annotation use, and Immutables is absent at run time"));
          }
        }
      }
    };
  }

  private static boolean isImmutables(JavaClass javaClass) {
    return javaClass.getPackageName().startsWith("org.immutables");
  }

  /** The annotation types on a class and its members and parameters, and the types of their members. */
  private static Set<String> typesNamedByAnnotationsOf(JavaClass javaClass) {
    Set<String> types = new HashSet<>();
    List<JavaAnnotation<?>> annotations = new ArrayList<>(javaClass.getAnnotations());
    javaClass.getFields().forEach(f -> annotations.addAll(f.getAnnotations()));
    for (JavaCodeUnit codeUnit : javaClass.getCodeUnits()) {
      annotations.addAll(codeUnit.getAnnotations());
      codeUnit.getParameters().forEach(p -> annotations.addAll(p.getAnnotations()));
    }
    annotations.forEach(a -> collectTypes(a, types));
    return types;
  }

  private static void collectTypes(Object annotationValue, Set<String> types) {
    if (annotationValue instanceof JavaAnnotation) {
      JavaAnnotation<?> annotation = (JavaAnnotation<?>) annotationValue;
      types.add(annotation.getRawType().getName());
      annotation.getProperties().values().forEach(v -> collectTypes(v, types));
    } else if (annotationValue instanceof JavaClass) {
      types.add(((JavaClass) annotationValue).getName());
    } else if (annotationValue instanceof JavaEnumConstant) {
      types.add(((JavaEnumConstant) annotationValue).getDeclaringClass().getName());
    } else if (annotationValue instanceof Object[]) {
      for (Object element : (Object[]) annotationValue) {
        collectTypes(element, types);
      }
    }
  }

  // ------------------------------------------------------------------------------------ checked throws

  /** Public, and every enclosing class public too. */
  static DescribedPredicate<JavaClass> publicApiTypes() {
    return DescribedPredicate.describe("are public API types (public, nested only in public types)",
        GrantsConditions::isPublicApi);
  }

  private static boolean isPublicApi(JavaClass javaClass) {
    if (!javaClass.getModifiers().contains(JavaModifier.PUBLIC)) {
      return false;
    }
    Optional<JavaClass> enclosing = javaClass.getEnclosingClass();
    return enclosing.map(GrantsConditions::isPublicApi).orElse(true);
  }

  /**
   * Every public or protected method and constructor declares only unchecked throwables ({@code RuntimeException},
   * {@code Error} and their subclasses). A thrown type whose hierarchy cannot be resolved counts as checked.
   */
  static ArchCondition<JavaClass> declareNoCheckedExceptionsOnTheirApi() {
    return new ArchCondition<>("declare no checked exception on any public or protected method or constructor") {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        for (JavaCodeUnit codeUnit : javaClass.getCodeUnits()) {
          Set<JavaModifier> modifiers = codeUnit.getModifiers();
          if (!modifiers.contains(JavaModifier.PUBLIC) && !modifiers.contains(JavaModifier.PROTECTED)) {
            continue;
          }
          for (ThrowsDeclaration<? extends JavaCodeUnit> thrown : codeUnit.getThrowsClause()) {
            JavaClass type = thrown.getRawType();
            if (!type.isAssignableTo(RuntimeException.class) && !type.isAssignableTo(Error.class)) {
              events.add(SimpleConditionEvent.violated(codeUnit, codeUnit.getFullName()
                  + " declares the checked exception " + type.getName() + " in "
                  + codeUnit.getSourceCodeLocation()));
            }
          }
        }
      }
    };
  }

  // --------------------------------------------------------------------------------- module membership

  /**
   * Each class lies in one module's root package (or below it) and was loaded from that module: from
   * {@code <module>/target/classes} or a {@code grants-<module>-*.jar}.
   */
  static ArchCondition<JavaClass> liveInTheRootPackageOfTheirModule() {
    return new ArchCondition<>("live in a root package of a module and be loaded from that module") {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        Optional<String> root = rootPackageOf(javaClass);
        if (root.isEmpty()) {
          events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName()
              + " lies outside every root package " + MODULE_OF_ROOT_PACKAGE.keySet()));
          return;
        }
        String module = MODULE_OF_ROOT_PACKAGE.get(root.get());
        Pattern fromModule = Pattern.compile(
            ".*/(" + Pattern.quote(module) + "/target/classes/|grants-" + Pattern.quote(module) + "-[^/]*\\.jar!/).*");
        String location = javaClass.getSource().map(Source::getUri).map(Object::toString).orElse("<unknown>");
        if (!fromModule.matcher(location).matches()) {
          events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + " is in " + root.get()
              + ", the root package of module " + module + ", but was loaded from " + location));
        }
      }
    };
  }

  /** One slice per module, named after it; classes outside every root package are left out. */
  static SliceAssignment modules() {
    return new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        return rootPackageOf(javaClass)
            .map(root -> SliceIdentifier.of(MODULE_OF_ROOT_PACKAGE.get(root)))
            .orElse(SliceIdentifier.ignore());
      }

      @Override
      public String getDescription() {
        return "modules (by root package)";
      }
    };
  }

  private static Optional<String> rootPackageOf(JavaClass javaClass) {
    String packageName = javaClass.getPackageName();
    return MODULE_OF_ROOT_PACKAGE.keySet().stream()
        .filter(root -> packageName.equals(root) || packageName.startsWith(root + "."))
        .findFirst();
  }

  // ------------------------------------------------------------------------------------------- helpers

  private static List<JavaClass> parametersOf(AccessTarget target) {
    return target instanceof CodeUnitAccessTarget
        ? ((CodeUnitAccessTarget) target).getRawParameterTypes()
        : List.of();
  }

  private static boolean startsWithAny(String name, String... prefixes) {
    for (String prefix : prefixes) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
