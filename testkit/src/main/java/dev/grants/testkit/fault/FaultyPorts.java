package dev.grants.testkit.fault;

import dev.grants.ports.out.IdGenerator;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The decorators {@link FaultPlan} hands out: every abstract method of a port goes through {@link FaultPlan#around}
 * as the {@link OutboundCall} that names it (every method of {@link IdGenerator} is {@link OutboundCall#NEW_ID}, so
 * a generator's own way of making each kind of id is kept); a default method runs on the decorator, so the calls it
 * makes go through the plan too. A port method that no {@link OutboundCall} names fails the decorator's creation:
 * none escapes the plan.
 */
final class FaultyPorts {
  private FaultyPorts() {}

  /** {@code delegate} behind {@code plan}, as a {@code port}. */
  static <P> P behind(FaultPlan plan, Class<P> port, P delegate) {
    Objects.requireNonNull(delegate, "delegate");
    Map<Method, OutboundCall> calls = new HashMap<>();
    for (Method method : port.getMethods()) {
      if (Modifier.isStatic(method.getModifiers())) {
        continue;
      }
      OutboundCall call = callOf(port, method);
      if (call != null) {
        calls.put(method, call);
      } else if (!method.isDefault()) {
        throw new IllegalStateException("no OutboundCall names " + port.getSimpleName() + "." + method.getName());
      }
    }
    InvocationHandler handler = (proxy, method, args) -> {
      OutboundCall call = calls.get(method);
      if (call != null) {
        return plan.around(call, () -> invoke(method, delegate, args));
      }
      if (method.isDefault()) {
        return InvocationHandler.invokeDefault(proxy, method, args);
      }
      // What is left are Object's methods: a decorator is only ever equal to itself.
      switch (method.getName()) {
        case "equals":
          return proxy == args[0];
        case "hashCode":
          return System.identityHashCode(proxy);
        default:
          return port.getSimpleName() + " behind a fault plan: " + delegate;
      }
    };
    return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, handler));
  }

  private static OutboundCall callOf(Class<?> port, Method method) {
    if (port == IdGenerator.class) {
      return OutboundCall.NEW_ID;
    }
    return Arrays.stream(OutboundCall.values())
        .filter(call -> call.port() == port && call.method().equals(method.getName()))
        .findFirst().orElse(null);
  }

  /** Calls {@code method} on {@code target}, throwing what it throws as it threw it. */
  private static Object invoke(Method method, Object target, Object[] args) {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      Throwable thrown = e.getCause();
      if (thrown instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      if (thrown instanceof Error error) {
        throw error;
      }
      throw new UndeclaredThrowableException(thrown);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("a port method is public", e);
    }
  }
}
