package dev.grants.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Terraform and its AWS provider as a user of the endpoint runs them: the {@code terraform} command, the provider from
 * a local filesystem mirror (no registry, no network), and one working directory per configuration, whose provider
 * block sends every call of the families to the endpoint.
 *
 * <p>Found on this machine by {@link #onThisMachine()}: the command from {@code GRANTS_TERRAFORM} or the {@code PATH};
 * the mirror from {@code GRANTS_TERRAFORM_PLUGINS} or one of the usual places, holding the provider at
 * {@value #PROVIDER_VERSION}.
 */
final class Terraform {
  /** The provider version the configurations are written for. */
  static final String PROVIDER_VERSION = "5.100.0";
  private static final String PROVIDER = "registry.terraform.io/hashicorp/aws";
  private static final long STEP_TIMEOUT_SECONDS = 300;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path command;
  private final Path mirror;

  private Terraform(Path command, Path mirror) {
    this.command = command;
    this.mirror = mirror;
  }

  /** The system property that runs the Terraform configurations on the in-memory store too. */
  static final String EVERY_STORE = "grants.terraform.everyStore";

  /**
   * Skips the calling test unless {@value #EVERY_STORE} is {@code true}. Each configuration takes about a minute of
   * provider start-ups on a 2-core machine, so by default it runs on PostgreSQL only: the store of the two with
   * more to get wrong, while the SDK contract suites already run every operation on both.
   */
  static void assumeEveryStore() {
    org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean(EVERY_STORE), () -> "the Terraform "
        + "configurations run on PostgreSQL by default; -D" + EVERY_STORE + "=true runs them in memory too");
  }

  /** Terraform and the provider's mirror, when this machine has both. */
  static Optional<Terraform> onThisMachine() {
    return command().flatMap(found -> mirror().map(plugins -> new Terraform(found, plugins)));
  }

  /** Why {@link #onThisMachine()} finds nothing: what is missing, and how to point the tests at it. */
  static String absence() {
    if (command().isEmpty()) {
      String configured = System.getenv("GRANTS_TERRAFORM");
      return configured != null && !configured.isBlank()
          ? "GRANTS_TERRAFORM names " + configured + ", which is no executable: the Terraform tests are skipped"
          : "Terraform is not on this machine (no terraform on the PATH, GRANTS_TERRAFORM unset): the Terraform "
              + "tests are skipped";
    }
    return "the AWS provider " + PROVIDER_VERSION + " is in no local filesystem mirror (none at "
        + mirrorCandidates() + "; set GRANTS_TERRAFORM_PLUGINS): the Terraform tests are skipped";
  }

  /**
   * A working directory of its own under {@code parent}: the CLI configuration (the mirror only) and a provider
   * aimed at {@code endpoint}, signing for {@code region} as {@code accessKey}; {@code configuration} is the rest.
   */
  Workspace workspace(Path parent, URI endpoint, String region, String accessKey, String configuration) {
    try {
      Path directory = Files.createTempDirectory(parent, "terraform");
      Files.writeString(directory.resolve("cli.tfrc"), """
          provider_installation {
            filesystem_mirror {
              path    = "%s"
              include = ["%s"]
            }
          }
          """.formatted(mirror.toString().replace("\\", "\\\\"), PROVIDER));
      Files.writeString(directory.resolve("provider.tf"), """
          terraform {
            required_providers {
              aws = { source = "hashicorp/aws", version = "%s" }
            }
          }

          provider "aws" {
            region                      = "%s"
            access_key                  = "%s"
            secret_key                  = "any"
            skip_credentials_validation = true
            skip_metadata_api_check     = true
            skip_requesting_account_id  = true
            skip_region_validation      = true
            endpoints {
              lambda   = "%s"
              signer   = "%s"
              ssoadmin = "%s"
            }
          }
          """.formatted(PROVIDER_VERSION, region, accessKey, endpoint, endpoint, endpoint));
      Workspace workspace = new Workspace(directory);
      workspace.configure(configuration);
      workspace.run("init", "-input=false", "-no-color");
      return workspace;
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  /** One configuration's working directory, and the Terraform steps run in it. */
  final class Workspace {
    private final Path directory;

    private Workspace(Path directory) {
      this.directory = directory;
    }

    /** Replaces the configuration (everything but the provider) with {@code configuration}. */
    void configure(String configuration) {
      try {
        Files.writeString(directory.resolve("main.tf"), configuration);
      } catch (IOException failed) {
        throw new UncheckedIOException(failed);
      }
    }

    /** Writes {@code bytes} to the file {@code name} beside the configuration (an archive it names, say). */
    void writeFile(String name, byte[] bytes) {
      try {
        Files.write(directory.resolve(name), bytes);
      } catch (IOException failed) {
        throw new UncheckedIOException(failed);
      }
    }

    /** {@code terraform apply}: fails with Terraform's output unless every change was applied. */
    String apply() {
      return run("apply", "-auto-approve", "-input=false", "-no-color");
    }

    /**
     * {@code terraform plan -detailed-exitcode}: Terraform's output, and whether it found changes to make (the
     * endpoint answering differently from what was applied shows up here as a change).
     */
    Plan plan() {
      Outcome outcome = execute("plan", "-detailed-exitcode", "-input=false", "-no-color");
      if (outcome.exitCode() != 0 && outcome.exitCode() != 2) {
        throw new AssertionError("terraform plan failed (exit " + outcome.exitCode() + "):\n" + outcome.output());
      }
      return new Plan(outcome.exitCode() == 2, outcome.output());
    }

    /** {@code terraform destroy}: fails with Terraform's output unless everything was destroyed. */
    String destroy() {
      return run("destroy", "-auto-approve", "-input=false", "-no-color");
    }

    /**
     * The addresses in Terraform's state, such as {@code aws_signer_signing_profile.main}: read from the state file
     * (one Terraform process less per look; the provider's start-up is most of a step's time).
     */
    List<String> state() {
      List<String> addresses = new ArrayList<>();
      for (JsonNode resource : stateFile().path("resources")) {
        String prefix = resource.path("mode").asText().equals("data") ? "data." : "";
        for (JsonNode instance : resource.path("instances")) {
          String key = instance.has("index_key") ? "[" + instance.get("index_key") + "]" : "";
          addresses.add(prefix + resource.path("type").asText() + '.' + resource.path("name").asText() + key);
        }
      }
      return addresses;
    }

    /** The value of output {@code name} in Terraform's state, as text. */
    String output(String name) {
      JsonNode value = stateFile().path("outputs").path(name).path("value");
      if (value.isMissingNode()) {
        throw new AssertionError("no output " + name + " in Terraform's state");
      }
      return value.isTextual() ? value.asText() : value.toString();
    }

    private JsonNode stateFile() {
      Path state = directory.resolve("terraform.tfstate");
      if (!Files.exists(state)) {
        return JSON.createObjectNode();
      }
      try {
        return JSON.readTree(state.toFile());
      } catch (IOException failed) {
        throw new UncheckedIOException(failed);
      }
    }

    private String run(String... arguments) {
      Outcome outcome = execute(arguments);
      if (outcome.exitCode() != 0) {
        throw new AssertionError("terraform " + arguments[0] + " failed (exit " + outcome.exitCode() + "):\n"
            + outcome.output());
      }
      return outcome.output();
    }

    private Outcome execute(String... arguments) {
      List<String> line = new ArrayList<>(List.of(command.toString()));
      line.addAll(List.of(arguments));
      ProcessBuilder builder = new ProcessBuilder(line).directory(directory.toFile()).redirectErrorStream(true);
      Map<String, String> environment = builder.environment();
      environment.put("TF_CLI_CONFIG_FILE", directory.resolve("cli.tfrc").toString());
      environment.put("TF_IN_AUTOMATION", "1");
      environment.put("CHECKPOINT_DISABLE", "1");
      // Nothing from the user's own AWS set-up may reach the provider: only the provider block speaks.
      for (String variable : List.of("AWS_PROFILE", "AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE",
          "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_REGION", "AWS_DEFAULT_REGION")) {
        environment.remove(variable);
      }
      environment.put("AWS_EC2_METADATA_DISABLED", "true");
      try {
        Process process = builder.start();
        // Read to the end first: Terraform blocks once the pipe is full.
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new AssertionError("terraform " + arguments[0] + " did not end within " + STEP_TIMEOUT_SECONDS
              + " s:\n" + output);
        }
        return new Outcome(process.exitValue(), output);
      } catch (IOException failed) {
        throw new UncheckedIOException(failed);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while terraform ran", interrupted);
      }
    }
  }

  /** What {@code terraform plan} said: whether there are changes to make, and its whole output. */
  record Plan(boolean hasChanges, String output) {}

  private record Outcome(int exitCode, String output) {}

  private static Optional<Path> command() {
    String configured = System.getenv("GRANTS_TERRAFORM");
    if (configured != null && !configured.isBlank()) {
      Path path = Path.of(configured);
      return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    return Stream.of(path.split(java.io.File.pathSeparator))
        .filter(directory -> !directory.isBlank())
        .map(directory -> Path.of(directory, "terraform"))
        .filter(Files::isExecutable)
        .findFirst();
  }

  private static Optional<Path> mirror() {
    return mirrorCandidates().stream().filter(Terraform::holdsTheProvider).findFirst();
  }

  private static List<Path> mirrorCandidates() {
    List<Path> candidates = new ArrayList<>();
    String configured = System.getenv("GRANTS_TERRAFORM_PLUGINS");
    if (configured != null && !configured.isBlank()) {
      candidates.add(Path.of(configured));
    }
    String home = System.getProperty("user.home");
    candidates.add(Path.of(home, ".terraform.d", "plugins"));
    candidates.add(Path.of(home, ".local", "share", "terraform", "plugins"));
    candidates.add(Path.of("/opt/tf-plugins"));
    candidates.add(Path.of("/usr/local/share/terraform/plugins"));
    candidates.add(Path.of("/usr/share/terraform/plugins"));
    return candidates;
  }

  private static boolean holdsTheProvider(Path mirror) {
    return Files.isDirectory(mirror.resolve(PROVIDER).resolve(PROVIDER_VERSION).resolve(platform()));
  }

  /** Terraform's name for this machine's platform, such as {@code linux_amd64}. */
  private static String platform() {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
    String system = os.contains("mac") ? "darwin" : os.contains("win") ? "windows" : "linux";
    String machine = arch.equals("aarch64") || arch.equals("arm64") ? "arm64" : "amd64";
    return system + '_' + machine;
  }
}
