package dev.grants.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.testkit.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Architecture;
import software.amazon.awssdk.services.lambda.model.GetLayerVersionResponse;
import software.amazon.awssdk.services.lambda.model.Runtime;

/**
 * Lambda layers driven by Terraform's AWS provider ({@value Terraform#PROVIDER_VERSION}), as a user manages them:
 * {@code aws_lambda_layer_version} with every attribute, {@code aws_lambda_layer_version_permission} granting an
 * account and an organization, and the data source {@code aws_lambda_layer_version} (which finds the newest version
 * with ListLayerVersions), through apply, a plan with no changes, a change of every attribute (a new version replaces
 * the old one, which is deleted: {@code skip_destroy = false}), a plan with no changes, and destroy, after which no
 * version is left. The provider keeps one permission resource per layer version (its id is the version, and its read
 * takes the policy's statement), so the organization grant is on a second layer. Runtimes and architectures are
 * sets to the provider, sent in its own order. What Terraform applied is read back
 * with the SDK at each step. Skipped, saying why, where Terraform or the provider's local mirror is absent.
 *
 * <p>A store runs it with a subclass that registers {@link #endpointOn} on a static field, as for the SDK contracts.
 */
abstract class LambdaLayerTerraformContract extends TerraformContract {
  private static final AtomicInteger RUNS = new AtomicInteger();

  @Test
  void layer_versions_their_permissions_and_the_data_source_go_through_apply_plan_change_plan_and_destroy(
      ClientSettings settings, @TempDir Path directory) {
    String name = "terraform" + RUNS.incrementAndGet() + System.nanoTime() % 100_000;
    String shared = name + "-shared";
    Terraform.Workspace workspace = terraform.workspace(directory, settings.endpoint(), settings.region(),
        settings.accessKeyId(), configuration(name, new Attributes("\"python3.12\", \"python3.13\"", "\"arm64\"",
            "MIT", "first", "o-abcdefghij")));
    workspace.writeFile("layer.zip", archive());
    try (LambdaClient lambda = LambdaSdkContract.client(settings, settings.region())) {
      workspace.apply();

      GetLayerVersionResponse first = lambda.getLayerVersion(b -> b.layerName(name).versionNumber(1L));
      assertThat(first.compatibleRuntimes()).containsExactlyInAnyOrder(Runtime.PYTHON3_12, Runtime.PYTHON3_13);
      assertThat(first.compatibleArchitectures()).containsExactlyInAnyOrder(Architecture.ARM64);
      assertThat(first.licenseInfo()).isEqualTo("MIT");
      assertThat(first.description()).isEqualTo("first");
      assertThat(policy(lambda, name, 1)).contains("\"Sid\":\"account\"",
          "\"AWS\":\"arn:aws:iam::" + Fixtures.GRANTEE + ":root\"");
      assertThat(policy(lambda, shared, 1)).contains("\"Sid\":\"org\"", "\"aws:PrincipalOrgID\":\"o-abcdefghij\"");
      assertThat(workspace.output("data_arn")).isEqualTo(first.layerVersionArn());
      assertThat(workspace.output("data_description")).isEqualTo("first");
      assertNoChanges(workspace);

      workspace.configure(configuration(name, new Attributes("\"python3.12\", \"java21\"", "\"arm64\", \"x86_64\"",
          "Apache-2.0", "second", "o-bcdefghijk")));
      workspace.apply();

      GetLayerVersionResponse second = lambda.getLayerVersion(b -> b.layerName(name).versionNumber(2L));
      assertThat(second.compatibleRuntimes()).containsExactlyInAnyOrder(Runtime.PYTHON3_12, Runtime.JAVA21);
      assertThat(second.compatibleArchitectures()).containsExactlyInAnyOrder(Architecture.ARM64, Architecture.X86_64);
      assertThat(second.licenseInfo()).isEqualTo("Apache-2.0");
      assertThat(second.description()).isEqualTo("second");
      assertThat(versions(lambda, name)).as("the replaced version is deleted").containsExactly(2L);
      assertThat(policy(lambda, name, 2)).contains("\"Sid\":\"account\"");
      assertThat(policy(lambda, shared, 1)).contains("\"aws:PrincipalOrgID\":\"o-bcdefghijk\"")
          .doesNotContain("o-abcdefghij");
      assertThat(workspace.output("data_arn")).isEqualTo(second.layerVersionArn());
      assertNoChanges(workspace);

      workspace.destroy();

      assertThat(workspace.state()).isEmpty();
      assertThat(versions(lambda, name)).isEmpty();
      assertThat(versions(lambda, shared)).isEmpty();
    } finally {
      if (!workspace.state().isEmpty()) {
        workspace.destroy();
      }
    }
  }

  private static void assertNoChanges(Terraform.Workspace workspace) {
    Terraform.Plan plan = workspace.plan();
    assertThat(plan.hasChanges()).as("terraform plan after apply:\n%s", plan.output()).isFalse();
  }

  private static String policy(LambdaClient lambda, String layer, long version) {
    return lambda.getLayerVersionPolicy(b -> b.layerName(layer).versionNumber(version)).policy();
  }

  private static java.util.List<Long> versions(LambdaClient lambda, String layer) {
    return lambda.listLayerVersionsPaginator(b -> b.layerName(layer)).layerVersions().stream()
        .map(item -> item.version()).toList();
  }

  /** A small zip archive with one file, as a layer's content. */
  private static byte[] archive() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("python/hello.py"));
      zip.write("print('hello')\n".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return bytes.toByteArray();
  }

  /** The attributes the change step changes: HCL list bodies, licence, description, organization. */
  private record Attributes(String runtimes, String architectures, String license, String description,
      String organization) {}

  /** Both layers, the two permissions and the data source. */
  private static String configuration(String name, Attributes attributes) {
    return """
        resource "aws_lambda_layer_version" "main" {
          layer_name               = "%1$s"
          filename                 = "layer.zip"
          source_code_hash         = filebase64sha256("layer.zip")
          compatible_runtimes      = [%2$s]
          compatible_architectures = [%3$s]
          license_info             = "%4$s"
          description              = "%5$s"
          skip_destroy             = false
        }

        resource "aws_lambda_layer_version_permission" "account" {
          layer_name     = aws_lambda_layer_version.main.layer_arn
          version_number = aws_lambda_layer_version.main.version
          statement_id   = "account"
          action         = "lambda:GetLayerVersion"
          principal      = "%7$s"
        }

        resource "aws_lambda_layer_version" "shared" {
          layer_name = "%1$s-shared"
          filename   = "layer.zip"
        }

        resource "aws_lambda_layer_version_permission" "org" {
          layer_name      = aws_lambda_layer_version.shared.layer_arn
          version_number  = aws_lambda_layer_version.shared.version
          statement_id    = "org"
          action          = "lambda:GetLayerVersion"
          principal       = "*"
          organization_id = "%6$s"
        }

        data "aws_lambda_layer_version" "latest" {
          layer_name         = aws_lambda_layer_version.main.layer_name
          compatible_runtime = "python3.12"
          depends_on         = [aws_lambda_layer_version.main]
        }

        output "data_arn" {
          value = data.aws_lambda_layer_version.latest.arn
        }

        output "data_description" {
          value = data.aws_lambda_layer_version.latest.description
        }
        """.formatted(name, attributes.runtimes(), attributes.architectures(), attributes.license(),
        attributes.description(), attributes.organization(), Fixtures.GRANTEE);
  }
}
