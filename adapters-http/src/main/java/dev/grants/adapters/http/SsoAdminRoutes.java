package dev.grants.adapters.http;

import dev.grants.adapters.json.SsoAdminCodec;
import dev.grants.adapters.json.SsoAdminOperation;
import dev.grants.adapters.json.WireResponse;
import dev.grants.domain.error.GrantsError;
import dev.grants.ports.in.CallContext;
import dev.grants.ports.in.PermissionSetProvisioning;
import dev.grants.ports.in.PermissionSets;
import dev.grants.ports.service.Grants;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.function.Function;

/**
 * The sso-admin operations (json 1.1) on {@code POST /}, chosen by {@code X-Amz-Target}, decoded by the codec,
 * run through the inbound port, and answered by the codec. Every request on path {@code /} is this family's: a
 * missing or unknown target is 400 UnknownOperationException, another method than POST 404.
 */
final class SsoAdminRoutes {
  static final String PATH = "/";

  private final SsoAdminCodec codec = SsoAdminCodec.create();
  private final PermissionSets sets;
  private final PermissionSetProvisioning provisioning;

  SsoAdminRoutes(Grants grants) {
    this.sets = grants.permissionSets();
    this.provisioning = grants.permissionSetProvisioning();
  }

  SsoAdminCodec codec() {
    return codec;
  }

  boolean owns(String rawPath) {
    return rawPath.equals(PATH);
  }

  WireResponse handle(EndpointRequest request) {
    if (!request.method().equals("POST")) {
      return codec.unknownMethod(request.method(), request.rawPath());
    }
    Option<SsoAdminOperation> operation = SsoAdminOperation.ofTarget(request.target());
    if (operation.isEmpty()) {
      return codec.unknownOperation(request.target());
    }
    CallContext context = request.context();
    byte[] body = request.body();
    return switch (operation.get()) {
      case CREATE_INSTANCE -> run(codec.decodeCreateInstance(context, body),
          sets::createInstance, codec::encodeCreatedInstance);
      case LIST_INSTANCES -> run(codec.decodeListInstances(context, body),
          sets::listInstances, codec::encodeInstances);
      case CREATE_PERMISSION_SET -> run(codec.decodeCreatePermissionSet(context, body),
          sets::createPermissionSet, codec::encodePermissionSet);
      case DESCRIBE_PERMISSION_SET -> run(codec.decodeDescribePermissionSet(context, body),
          sets::describePermissionSet, codec::encodePermissionSet);
      case PUT_INLINE_POLICY_TO_PERMISSION_SET -> run(codec.decodePutInlinePolicyToPermissionSet(context, body),
          sets::putInlinePolicy, codec::encodeInlinePolicyPut);
      case DELETE_PERMISSION_SET -> run(codec.decodeDeletePermissionSet(context, body),
          sets::deletePermissionSet, codec::encodeDeleted);
      case PROVISION_PERMISSION_SET -> run(codec.decodeProvisionPermissionSet(context, body),
          provisioning::provision, codec::encodeProvisioningStatus);
      case DESCRIBE_PERMISSION_SET_PROVISIONING_STATUS -> run(
          codec.decodeDescribePermissionSetProvisioningStatus(context, body),
          provisioning::describeStatus, codec::encodeProvisioningStatus);
      case LIST_PERMISSION_SET_PROVISIONING_STATUS -> run(
          codec.decodeListPermissionSetProvisioningStatus(context, body),
          provisioning::listStatus, codec::encodeProvisioningStatuses);
      case LIST_ACCOUNTS_FOR_PROVISIONED_PERMISSION_SET -> run(
          codec.decodeListAccountsForProvisionedPermissionSet(context, body),
          provisioning::listAccounts, codec::encodeAccounts);
      case LIST_PERMISSION_SETS_PROVISIONED_TO_ACCOUNT -> run(
          codec.decodeListPermissionSetsProvisionedToAccount(context, body),
          provisioning::listPermissionSets, codec::encodePermissionSets);
    };
  }

  private <C, R> WireResponse run(Either<WireResponse, C> decoded, Function<C, Either<GrantsError, R>> operation,
      Function<R, WireResponse> encode) {
    return decoded.fold(refused -> refused, command -> operation.apply(command).fold(codec::encodeError, encode));
  }
}
