package dev.grants.domain.provisioning;

import dev.grants.domain.Nullable;
import dev.grants.domain.validation.Constraint;
import dev.grants.domain.validation.MemberRule;
import dev.grants.domain.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * The model constraints of the Identity Center members Grants takes, as rules named after the members
 * (lowerCamel, as the validation framework reports them).
 *
 * <pre>{@code
 * ProvisioningRules.INSTANCE_ARN.check("arn:aws:sso:::instance/nope"); // one violation: the pattern
 * }</pre>
 */
public final class ProvisioningRules {
  /** The pattern of request ids. */
  public static final String UUID_PATTERN =
      "\\b[0-9a-f]{8}\\b-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-\\b[0-9a-f]{12}\\b";

  /** {@code InstanceArn}. */
  public static final MemberRule INSTANCE_ARN =
      MemberRule.required("instanceArn").minLength(10).maxLength(1224).pattern(InstanceArn.PATTERN);
  /** {@code PermissionSetArn}. */
  public static final MemberRule PERMISSION_SET_ARN =
      MemberRule.required("permissionSetArn").minLength(10).maxLength(1224).pattern(PermissionSetArn.PATTERN);
  /** {@code Name} of CreateInstance. */
  public static final MemberRule INSTANCE_NAME =
      MemberRule.optional("name").minLength(0).maxLength(255).pattern("[\\w+=,.@-]+");
  /** {@code Name} of CreatePermissionSet. */
  public static final MemberRule PERMISSION_SET_NAME =
      MemberRule.required("name").minLength(1).maxLength(32).pattern("[\\w+=,.@-]+");
  /** {@code Description}. */
  public static final MemberRule DESCRIPTION = MemberRule.optional("description").minLength(1).maxLength(700)
      .pattern("[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*");
  /** {@code SessionDuration}. */
  public static final MemberRule SESSION_DURATION = MemberRule.optional("sessionDuration").minLength(1).maxLength(100)
      .pattern("(-?)P(?=\\d|T\\d)(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)([DW]))?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?");
  /** {@code RelayState}. */
  public static final MemberRule RELAY_STATE = MemberRule.optional("relayState").minLength(1).maxLength(240)
      .pattern("[a-zA-Z0-9&$@#\\\\\\/%?=~\\-_'\"|!:,.;*+\\[\\]\\ \\(\\)\\{\\}]+");
  /** {@code InlinePolicy}. */
  public static final MemberRule INLINE_POLICY = MemberRule.required("inlinePolicy").minLength(1).maxLength(32768)
      .pattern("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+");
  /** {@code TargetId}. */
  public static final MemberRule TARGET_ID =
      MemberRule.optional("targetId").minLength(12).maxLength(12).pattern("\\d{12}");
  /** {@code TargetType}. */
  public static final MemberRule TARGET_TYPE =
      MemberRule.required("targetType").oneOf(List.of("AWS_ACCOUNT", "ALL_PROVISIONED_ACCOUNTS"));
  /** {@code ProvisionPermissionSetRequestId}. */
  public static final MemberRule REQUEST_ID =
      MemberRule.required("provisionPermissionSetRequestId").minLength(36).maxLength(36).pattern(UUID_PATTERN);
  /** {@code AccountId} of ListPermissionSetsProvisionedToAccount. */
  public static final MemberRule ACCOUNT_ID =
      MemberRule.required("accountId").minLength(12).maxLength(12).pattern("\\d{12}");
  /** {@code ProvisioningStatus} filter. */
  public static final MemberRule PROVISIONING_STATUS = MemberRule.optional("provisioningStatus")
      .oneOf(List.of("LATEST_PERMISSION_SET_PROVISIONED", "LATEST_PERMISSION_SET_NOT_PROVISIONED"));
  /** {@code Filter.Status}. */
  public static final MemberRule FILTER_STATUS =
      MemberRule.optional("filter.status").oneOf(List.of("IN_PROGRESS", "FAILED", "SUCCEEDED"));
  /** {@code NextToken}. */
  public static final MemberRule NEXT_TOKEN =
      MemberRule.optional("nextToken").minLength(0).maxLength(2048).pattern("[-a-zA-Z0-9+=/_]*");
  /** {@code MaxResults}: 1 to 100. */
  public static final MemberRule MAX_RESULTS =
      MemberRule.optional("maxResults").with(Constraint.minValue(1)).with(Constraint.maxValue(100));

  /** The model's pattern of tag keys and values. */
  public static final String TAG_PATTERN = "([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)";
  /** The model's pattern of {@code ResourceArn} (TaggableResourceArn). */
  public static final String RESOURCE_ARN_PATTERN = "arn:aws(-[a-z]{1,5}){0,3}:sso::((:instance/(sso)?ins-[a-zA-Z0-9-.]{16})"
      + "|(:permissionSet/(sso)?ins-[a-zA-Z0-9-.]{16}/ps-[a-zA-Z0-9-./]{16})"
      + "|(\\d{12}:application/(sso)?ins-[a-zA-Z0-9-.]{16}/apl-[a-zA-Z0-9]{16})"
      + "|(\\d{12}:trustedTokenIssuer/(sso)?ins-[a-zA-Z0-9-.]{16}/tti-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}))";
  /** {@code ResourceArn} of the tagging operations. */
  public static final MemberRule RESOURCE_ARN =
      MemberRule.required("resourceArn").minLength(10).maxLength(2048).pattern(RESOURCE_ARN_PATTERN);
  /** {@code InstanceArn} of the tagging operations, where the model makes it optional. */
  public static final MemberRule OPTIONAL_INSTANCE_ARN =
      MemberRule.optional("instanceArn").minLength(10).maxLength(1224).pattern(InstanceArn.PATTERN);
  /** {@code Tags}: the list as a whole, at most 75 in one request. */
  public static final MemberRule TAGS = MemberRule.optional("tags").with(Constraint.maxItems(75));
  /** {@code Tags} of TagResource, which the model requires. */
  public static final MemberRule REQUIRED_TAGS = MemberRule.required("tags").with(Constraint.maxItems(75));
  /** {@code TagKeys} of UntagResource: 1 to 75 keys. */
  public static final MemberRule TAG_KEYS = MemberRule.required("tagKeys").with(Constraint.minItems(1))
      .with(Constraint.maxItems(75)).minLength(1).maxLength(128).pattern(TAG_PATTERN);

  private static final MemberRule TAG_KEY = MemberRule.required("key").minLength(1).maxLength(128).pattern(TAG_PATTERN);
  private static final MemberRule TAG_VALUE =
      MemberRule.required("value").minLength(0).maxLength(256).pattern(TAG_PATTERN);

  private ProvisioningRules() {}

  /**
   * Every violation of the tag at {@code position} (from 1) of the list member {@code list}, named as the service
   * names a member of a structure in a list: {@code tags.1.member.key}.
   */
  public static List<Violation> tag(String list, int position, @Nullable String key, @Nullable String value) {
    List<Violation> found = new ArrayList<>(0);
    String prefix = list + '.' + position + ".member.";
    for (Violation violation : TAG_KEY.check(key)) {
      found.add(new Violation(prefix + violation.member(), violation.value(), violation.constraint()));
    }
    for (Violation violation : TAG_VALUE.check(value)) {
      found.add(new Violation(prefix + violation.member(), violation.value(), violation.constraint()));
    }
    return found;
  }

  /** Every violation of the paging members. */
  public static List<Violation> paging(@Nullable Integer maxResults, @Nullable String nextToken) {
    List<Violation> found = new ArrayList<>(0);
    found.addAll(MAX_RESULTS.check(maxResults == null ? null : String.valueOf(maxResults)));
    found.addAll(NEXT_TOKEN.check(nextToken));
    return found;
  }
}
