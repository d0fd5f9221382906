package dev.grants.adapters.json.ssoadmin;

import static dev.grants.adapters.json.ssoadmin.SsoAdminCodec.EMPTY_OBJECT;
import static dev.grants.adapters.json.ssoadmin.SsoAdminCodec.INLINE_POLICY;
import static dev.grants.adapters.json.ssoadmin.SsoAdminCodec.INSTANCE_ARN;
import static dev.grants.adapters.json.ssoadmin.SsoAdminCodec.JSON_HEADERS;
import static dev.grants.adapters.json.ssoadmin.SsoAdminCodec.MAX_RESULTS;
import static dev.grants.adapters.json.ssoadmin.SsoAdminCodec.NAME;
import static dev.grants.adapters.json.ssoadmin.SsoAdminCodec.NEXT_TOKEN;
import static dev.grants.adapters.json.ssoadmin.SsoAdminCodec.PERMISSION_SET_ARN;
import static dev.grants.adapters.json.ssoadmin.SsoAdminCodec.ok;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.grants.adapters.json.wire.BodyFormatException;
import dev.grants.adapters.json.wire.JsonBody;
import dev.grants.adapters.json.wire.JsonWriting;
import dev.grants.adapters.json.wire.WireResponse;
import dev.grants.domain.provisioning.PermissionSet;
import dev.grants.domain.provisioning.PolicyReference;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.ListPoliciesInPermissionSetCommand;
import dev.grants.ports.in.Page;
import dev.grants.ports.in.PermissionSetCommand;
import dev.grants.ports.in.PolicyReferenceCommand;
import dev.grants.ports.in.PolicyReferenceCommand.CustomerManagedPolicyMember;
import io.vavr.control.Either;
import java.io.IOException;
import java.util.List;

/**
 * The sso-admin codec of a permission set's definition (issue 16): the inline policy's Get and Delete, the attached
 * AWS managed and customer managed policies, and the permissions boundary. Requests become commands (a body that is
 * not the model's JSON is a {@code SerializationException}), results the model's bodies; errors are
 * {@link SsoAdminErrors}'. {@code DescribePermissionSet} is unchanged: the model's {@code PermissionSet} has no
 * member for any of these.
 *
 * <pre>{@code
 * SsoAdminDefinitionCodec.create().encodePermissionsBoundary(new PolicyReference.Managed(
 *     "arn:aws:iam::aws:policy/PowerUserAccess"));
 * // 200 {"PermissionsBoundary":{"ManagedPolicyArn":"arn:aws:iam::aws:policy/PowerUserAccess"}}
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class SsoAdminDefinitionCodec {
  /** {@code ManagedPolicyArn}. */
  public static final String MANAGED_POLICY_ARN = "ManagedPolicyArn";
  /** {@code CustomerManagedPolicyReference}. */
  public static final String CUSTOMER_MANAGED_POLICY_REFERENCE = "CustomerManagedPolicyReference";
  /** {@code Path} of a customer managed policy. */
  public static final String PATH = "Path";
  /** {@code Arn} of an attached managed policy. */
  public static final String ARN = "Arn";
  /** {@code PermissionsBoundary}. */
  public static final String PERMISSIONS_BOUNDARY = "PermissionsBoundary";
  /** {@code AttachedManagedPolicies}. */
  public static final String ATTACHED_MANAGED_POLICIES = "AttachedManagedPolicies";
  /** {@code CustomerManagedPolicyReferences}. */
  public static final String CUSTOMER_MANAGED_POLICY_REFERENCES = "CustomerManagedPolicyReferences";

  private final SsoAdminCodec codec = SsoAdminCodec.create();

  private SsoAdminDefinitionCodec() {}

  /** The codec. */
  public static SsoAdminDefinitionCodec create() {
    return new SsoAdminDefinitionCodec();
  }

  // --- requests -------------------------------------------------------------------------------------------

  /** {@code Get/DeleteInlinePolicy...} and {@code Get/DeletePermissionsBoundary...}: {@code InstanceArn}, {@code PermissionSetArn}. */
  public Either<WireResponse, PermissionSetCommand> decodePermissionSet(CallContext context, byte[] body) {
    return codec.read(body, json -> PermissionSetCommand.builder().context(context)
        .instanceArn(json.string(INSTANCE_ARN)).permissionSetArn(json.string(PERMISSION_SET_ARN)).build());
  }

  /** {@code Attach/DetachManagedPolicy...}: the address and {@code ManagedPolicyArn}. */
  public Either<WireResponse, PolicyReferenceCommand> decodeManagedPolicy(CallContext context, byte[] body) {
    return codec.read(body, json -> reference(context, json).managedPolicyArn(json.string(MANAGED_POLICY_ARN))
        .build());
  }

  /** {@code Attach/DetachCustomerManagedPolicyReference...}: the address and {@code CustomerManagedPolicyReference}. */
  public Either<WireResponse, PolicyReferenceCommand> decodeCustomerManagedPolicy(CallContext context, byte[] body) {
    return codec.read(body, json -> reference(context, json)
        .customerManagedPolicyReference(customerManaged(json)).build());
  }

  /** {@code PutPermissionsBoundary...}: the address and the members of {@code PermissionsBoundary} (none when absent). */
  public Either<WireResponse, PolicyReferenceCommand> decodePermissionsBoundary(CallContext context, byte[] body) {
    return codec.read(body, json -> {
      PolicyReferenceCommand.Builder command = reference(context, json);
      JsonBody boundary = json.object(PERMISSIONS_BOUNDARY);
      if (boundary != null) {
        command.managedPolicyArn(boundary.string(MANAGED_POLICY_ARN))
            .customerManagedPolicyReference(customerManaged(boundary));
      }
      return command.build();
    });
  }

  /** {@code ListManagedPolicies...} and {@code ListCustomerManagedPolicyReferences...}: the address and paging. */
  public Either<WireResponse, ListPoliciesInPermissionSetCommand> decodeListPolicies(CallContext context, byte[] body) {
    return codec.read(body, json -> ListPoliciesInPermissionSetCommand.builder().context(context)
        .instanceArn(json.string(INSTANCE_ARN)).permissionSetArn(json.string(PERMISSION_SET_ARN))
        .maxResults(json.integer(MAX_RESULTS)).nextToken(json.string(NEXT_TOKEN)).build());
  }

  // --- results --------------------------------------------------------------------------------------------

  /**
   * The answer of {@code GetInlinePolicyForPermissionSet}: {@code {"InlinePolicy":"..."}}, the empty text when it
   * has none (the model documents that an empty inline policy may be returned; the AWS CLI and Terraform read it so).
   */
  public WireResponse encodeInlinePolicy(PermissionSet permissionSet) {
    String policy = permissionSet.inlinePolicy();
    return ok(out -> {
      out.writeStartObject();
      out.writeStringField(INLINE_POLICY, policy == null ? "" : policy);
      out.writeEndObject();
    });
  }

  /** The answer of every change of the definition: {@code {}}. */
  public WireResponse encodeChanged(PermissionSet changed) {
    return new WireResponse(200, JSON_HEADERS, EMPTY_OBJECT);
  }

  /** The answer of {@code ListManagedPoliciesInPermissionSet}: {@code {"AttachedManagedPolicies":[{Name, Arn}], NextToken?}}. */
  public WireResponse encodeManagedPolicies(Page<PolicyReference.Managed> page) {
    return list(ATTACHED_MANAGED_POLICIES, page, (out, policy) -> {
      out.writeStringField(NAME, policy.name());
      out.writeStringField(ARN, policy.arn());
    });
  }

  /** The answer of {@code ListCustomerManagedPolicyReferencesInPermissionSet}: {@code {"CustomerManagedPolicyReferences":[{Name, Path}], NextToken?}}. */
  public WireResponse encodeCustomerManagedPolicies(Page<PolicyReference.CustomerManaged> page) {
    return list(CUSTOMER_MANAGED_POLICY_REFERENCES, page, SsoAdminDefinitionCodec::customerManagedMembers);
  }

  /**
   * The answer of {@code GetPermissionsBoundaryForPermissionSet}: {@code {"PermissionsBoundary":{"ManagedPolicyArn":
   * "..."}}} or {@code {"PermissionsBoundary":{"CustomerManagedPolicyReference":{"Name":"...","Path":"..."}}}}.
   */
  public WireResponse encodePermissionsBoundary(PolicyReference boundary) {
    return ok(out -> {
      out.writeStartObject();
      out.writeObjectFieldStart(PERMISSIONS_BOUNDARY);
      if (boundary instanceof PolicyReference.Managed managed) {
        out.writeStringField(MANAGED_POLICY_ARN, managed.arn());
      } else {
        out.writeObjectFieldStart(CUSTOMER_MANAGED_POLICY_REFERENCE);
        customerManagedMembers(out, (PolicyReference.CustomerManaged) boundary);
        out.writeEndObject();
      }
      out.writeEndObject();
      out.writeEndObject();
    });
  }

  private static PolicyReferenceCommand.Builder reference(CallContext context, JsonBody json)
      throws BodyFormatException {
    return PolicyReferenceCommand.builder().context(context)
        .instanceArn(json.string(INSTANCE_ARN)).permissionSetArn(json.string(PERMISSION_SET_ARN));
  }

  /** {@code CustomerManagedPolicyReference} of {@code json}, as given; null when absent. */
  private static CustomerManagedPolicyMember customerManaged(JsonBody json) throws BodyFormatException {
    JsonBody reference = json.object(CUSTOMER_MANAGED_POLICY_REFERENCE);
    return reference == null ? null : new CustomerManagedPolicyMember(reference.string(NAME), reference.string(PATH));
  }

  private static void customerManagedMembers(JsonGenerator out, PolicyReference.CustomerManaged policy)
      throws IOException {
    out.writeStringField(NAME, policy.name());
    out.writeStringField(PATH, policy.path());
  }

  /** One item's members. */
  private interface Members<T> {
    void write(JsonGenerator out, T item) throws IOException;
  }

  private static <T> WireResponse list(String member, Page<T> page, Members<T> members) {
    List<T> items = page.items();
    return ok(out -> {
      out.writeStartObject();
      out.writeArrayFieldStart(member);
      for (T item : items) {
        out.writeStartObject();
        members.write(out, item);
        out.writeEndObject();
      }
      out.writeEndArray();
      JsonWriting.optional(out, NEXT_TOKEN, page.nextToken());
      out.writeEndObject();
    });
  }
}
