package dev.grants.ports.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.ports.in.LayerVersionPermissions;
import dev.grants.ports.in.LayerVersions;
import dev.grants.ports.in.PermissionSetProvisioning;
import dev.grants.ports.in.PermissionSets;
import dev.grants.ports.in.SigningProfilePermissions;
import dev.grants.ports.in.SigningProfiles;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the services are put together: from ports and shared parts, never from one another. */
class ServiceStructureTest {
  private static final Set<Class<?>> INBOUND = Set.of(LayerVersions.class, LayerVersionPermissions.class,
      SigningProfiles.class, SigningProfilePermissions.class, PermissionSets.class, PermissionSetProvisioning.class);
  private static final List<Class<?>> SERVICES = List.of(LayerVersionService.class,
      LayerVersionPermissionService.class, SigningProfileService.class, SigningProfilePermissionService.class,
      PermissionSetService.class, ProvisioningService.class);

  @Test
  void every_inbound_port_has_exactly_one_service() {
    for (Class<?> port : INBOUND) {
      assertThat(SERVICES.stream().filter(port::isAssignableFrom)).as(port.getSimpleName()).hasSize(1);
    }
  }

  @Test
  void no_service_holds_or_is_built_from_another_service() {
    for (Class<?> service : SERVICES) {
      List<Class<?>> parts = new ArrayList<>();
      for (Field field : service.getDeclaredFields()) {
        parts.add(field.getType());
      }
      for (Constructor<?> constructor : service.getDeclaredConstructors()) {
        parts.addAll(Arrays.asList(constructor.getParameterTypes()));
      }
      assertThat(parts).as(service.getSimpleName())
          .noneMatch(part -> INBOUND.stream().anyMatch(port -> port.isAssignableFrom(part)));
    }
  }
}
