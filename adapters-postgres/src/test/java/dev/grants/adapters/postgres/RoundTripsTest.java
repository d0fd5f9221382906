package dev.grants.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grants.ports.out.GrantsEventListener;
import dev.grants.ports.out.ProvisioningGateway;
import dev.grants.ports.service.Grants;
import dev.grants.testkit.Fixtures;
import dev.grants.testkit.fake.FixedClock;
import dev.grants.testkit.fake.SequentialIds;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How many statements the layer permission operations send, counted at the driver: the get is one (the version
 * joined with its policy), the add and the remove two (that read, then the conditional update), as the floor a
 * hand-written compare-and-set needs (docs/performance.md).
 */
class RoundTripsTest {
  private final AtomicInteger statements = new AtomicInteger();
  private Grants grants;

  @BeforeEach
  void wire() {
    PostgresStore emptied = TestPostgres.emptyStore(getClass());
    PostgresStore counted = PostgresStore.builder(counting(TestPostgres.pool())).schema(emptied.schema()).build();
    grants = PostgresWiring.wire(counted, FixedClock.at("2018-11-14T23:03:52.894Z"), new SequentialIds(),
        GrantsEventListener.NONE, ProvisioningGateway.succeedingAtOnce(), Duration.ofMinutes(5));
    grants.layerVersions().publish(Fixtures.publishLayerVersion().build()).get();
  }

  @Test
  void a_get_is_one_statement_and_an_add_or_a_remove_two() {
    assertThat(sent(() -> grants.layerVersionPermissions().add(Fixtures.addLayerVersionPermission().build()).get()))
        .isEqualTo(2);
    assertThat(sent(() -> grants.layerVersionPermissions().getPolicy(Fixtures.getLayerVersionPolicy().build()).get()))
        .isEqualTo(1);
    assertThat(sent(() -> grants.layerVersionPermissions().add(Fixtures.addLayerVersionPermission().statementId("b")
        .build()).get())).isEqualTo(2);
    assertThat(sent(() -> grants.layerVersionPermissions().remove(Fixtures.removeLayerVersionPermission().build())
        .get())).isEqualTo(2);
  }

  private int sent(Runnable operation) {
    statements.set(0);
    operation.run();
    return statements.get();
  }

  /** {@code pool}, counting every statement its connections execute. */
  private DataSource counting(DataSource pool) {
    return new DataSource() {
      @Override
      public Connection getConnection() throws SQLException {
        return counted(pool.getConnection());
      }

      @Override
      public Connection getConnection(String user, String password) throws SQLException {
        return counted(pool.getConnection(user, password));
      }

      @Override
      public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
      }

      @Override
      public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
      }

      @Override
      public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
      }

      @Override
      public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
      }

      @Override
      public Logger getParentLogger() {
        return Logger.getGlobal();
      }

      @Override
      public <T> T unwrap(Class<T> type) throws SQLException {
        return pool.unwrap(type);
      }

      @Override
      public boolean isWrapperFor(Class<?> type) throws SQLException {
        return pool.isWrapperFor(type);
      }
    };
  }

  private Connection counted(Connection connection) {
    return proxy(Connection.class, connection, (method, result) -> method.startsWith("prepareStatement")
        ? proxy(PreparedStatement.class, (PreparedStatement) result, (call, answer) -> {
          if (call.startsWith("execute")) {
            statements.incrementAndGet();
          }
          return answer;
        })
        : result);
  }

  private interface After {
    Object apply(String method, Object result);
  }

  private static <T> T proxy(Class<T> type, T target, After after) {
    InvocationHandler handler = (self, method, args) -> {
      try {
        return after.apply(method.getName(), method.invoke(target, args));
      } catch (InvocationTargetException thrown) {
        throw thrown.getCause();
      }
    };
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
