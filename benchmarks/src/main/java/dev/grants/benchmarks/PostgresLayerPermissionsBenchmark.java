package dev.grants.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.grants.adapters.postgres.PostgresGrants;
import dev.grants.adapters.postgres.PostgresStore;
import dev.grants.domain.revision.RevisionId;
import dev.grants.ports.in.AddLayerVersionPermissionCommand;
import dev.grants.ports.in.GetLayerVersionPolicyCommand;
import dev.grants.ports.in.RemoveLayerVersionPermissionCommand;
import dev.grants.ports.service.Grants;
import io.vavr.control.Either;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Add, Get and RemoveLayerVersionPermission on the PostgreSQL store, beside the floor a user would write by hand
 * on the same server and the same table shape, in the same run: a bare-JDBC primary-key {@code SELECT} of a policy
 * row, and that {@code SELECT} plus one conditional {@code UPDATE} of a same-size document (what any
 * compare-and-set of a document must do). One thread, and eight threads each on a version of its own.
 *
 * <p>The server is an embedded PostgreSQL (real binaries from Maven Central) on loopback, started by the fork, with
 * {@code synchronous_commit=off}, so that what is measured is the work per operation rather than the disk's
 * flush (with it on, both sides wait for the same flush). Round trips: Grants' add and remove are two (the
 * version joined with its policy, then the conditional update), like the floor; its get is one, like the bare
 * {@code SELECT}.
 *
 * <p>An add is undone outside the timed part (and a remove prepared there), so each policy stays at
 * {@code statements} statements; the floor's update alternates two documents of the size the add writes.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {ForkedHeap.MIN, ForkedHeap.MAX, ForkedHeap.PRE_TOUCH, ForkedHeap.G1})
public class PostgresLayerPermissionsBenchmark {
  static final int VERSIONS = 8;
  private static final String SCHEMA = "bench";

  /** The server, the wiring, eight layer versions with their policies, and eight floor rows beside them. */
  @State(Scope.Benchmark)
  public static class Database {
    /** Statements in each policy: about 1.8 KB and 18 KB of JSON. */
    @Param({"10", "100"})
    int statements;

    EmbeddedPostgres server;
    HikariDataSource pool;
    Grants grants;
    final String[] floorKeys = new String[VERSIONS];
    final String[][] floorDocuments = new String[VERSIONS][2];
    final AtomicInteger threads = new AtomicInteger();

    @Setup(Level.Trial)
    public void start() throws IOException, SQLException {
      server = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "off")
          .setServerConfig("max_connections", "50").start();
      HikariConfig config = new HikariConfig();
      config.setDataSource(server.getPostgresDatabase());
      config.setMaximumPoolSize(VERSIONS + 2);
      config.setMinimumIdle(VERSIONS + 2);
      pool = new HikariDataSource(config);
      PostgresStore.builder(pool).schema(SCHEMA).build().migrate();
      grants = PostgresGrants.builder(pool).schema(SCHEMA).build();
      for (int v = 1; v <= VERSIONS; v++) {
        grants.layerVersions().publish(LayerPermissionsBenchmark.publish("bench")).get();
        for (int s = 0; s < statements; s++) {
          succeeded(grants.layerVersionPermissions().add(LayerPermissionsBenchmark.add("bench", v, "s" + s)));
        }
      }
      // The floor's rows: documents of the size an add writes (one statement more), under keys of their own.
      try (Connection connection = pool.getConnection()) {
        for (int v = 1; v <= VERSIONS; v++) {
          AddLayerVersionPermissionCommand add = LayerPermissionsBenchmark.add("bench", v, "extra");
          succeeded(grants.layerVersionPermissions().add(add));
          String grown = document(connection, versionKey(v));
          succeeded(grants.layerVersionPermissions().remove(remove(v, "extra")));
          floorKeys[v - 1] = "floor:" + v;
          floorDocuments[v - 1][0] = grown;
          floorDocuments[v - 1][1] = grown.replace("\"extra\"", "\"EXTRA\""); // same length, other text
          try (PreparedStatement insert = connection.prepareStatement(
              "INSERT INTO " + SCHEMA + ".resource_policies (resource, revision, statements) VALUES (?, ?, ?)")) {
            insert.setString(1, floorKeys[v - 1]);
            insert.setString(2, revision());
            insert.setString(3, grown);
            insert.executeUpdate();
          }
        }
      }
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
      pool.close();
      server.close();
    }

    String versionKey(int version) {
      return "arn:aws:lambda:us-east-2:123456789012:layer:bench:" + version;
    }

    static String document(Connection connection, String key) throws SQLException {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT statements FROM " + SCHEMA + ".resource_policies WHERE resource = ?")) {
        select.setString(1, key);
        try (ResultSet row = select.executeQuery()) {
          row.next();
          return row.getString(1);
        }
      }
    }
  }

  /** One thread's version of its own (threads 1 to 8), its commands, and the floor's statements. */
  static final class Version {
    final int version;
    final AddLayerVersionPermissionCommand add;
    final RemoveLayerVersionPermissionCommand remove;
    final GetLayerVersionPolicyCommand get;
    final String floorKey;
    final String[] floorDocuments;
    final String[] revisions = {revision(), revision()};
    int flip;
    final Connection connection;
    final PreparedStatement select;
    final PreparedStatement update;

    /** A version of its own, for Grants' calls only: no connection held (Grants takes one per statement). */
    Version(Database database) throws SQLException {
      this(database, false);
    }

    /** A version of its own; {@code floor}: with the connection and statements of the floor, held throughout. */
    Version(Database database, boolean floor) throws SQLException {
      version = database.threads.incrementAndGet();
      if (version > VERSIONS) {
        throw new IllegalStateException("at most " + VERSIONS + " threads, one per version");
      }
      add = LayerPermissionsBenchmark.add("bench", version, "bench");
      remove = remove(version, "bench");
      get = GetLayerVersionPolicyCommand.builder().context(LayerPermissionsBenchmark.OWNER).layerName("bench")
          .versionNumber(version).build();
      floorKey = database.floorKeys[version - 1];
      floorDocuments = database.floorDocuments[version - 1];
      if (!floor) {
        connection = null;
        select = null;
        update = null;
        return;
      }
      // The floor holds one connection of the pool, as a hand-written loop would; Grants takes one per statement.
      connection = database.pool.getConnection();
      select = connection.prepareStatement(
          "SELECT revision, statements FROM " + SCHEMA + ".resource_policies WHERE resource = ?");
      update = connection.prepareStatement("UPDATE " + SCHEMA + ".resource_policies SET revision = ?, statements = ?"
          + " WHERE resource = ? AND revision = ?");
    }

    void release() throws SQLException {
      if (connection != null) {
        select.close();
        update.close();
        connection.close();
      }
    }
  }

  /**
   * Per thread, for the reads. (Each benchmark takes one per-thread state only: JMH gives a state that another
   * state's fixture takes as a parameter an instance of its own.)
   */
  @State(Scope.Thread)
  public static class Mine {
    Version mine;

    @Setup(Level.Trial)
    public void take(Database database) throws SQLException {
      mine = new Version(database);
    }

    @TearDown(Level.Trial)
    public void release() throws SQLException {
      mine.release();
    }
  }

  /** Per thread, for the floor: its version's floor row, on a connection it holds throughout. */
  @State(Scope.Thread)
  public static class Floor {
    Version mine;

    @Setup(Level.Trial)
    public void take(Database database) throws SQLException {
      mine = new Version(database, true);
    }

    @TearDown(Level.Trial)
    public void release() throws SQLException {
      mine.release();
    }
  }

  /** Per thread, for the add: the statement it adds is removed again, untimed, after each call. */
  @State(Scope.Thread)
  public static class Adding {
    Version mine;
    Grants grants;

    @Setup(Level.Trial)
    public void take(Database database) throws SQLException {
      mine = new Version(database);
      grants = database.grants;
    }

    @TearDown(Level.Invocation)
    public void removeAdded() {
      succeeded(grants.layerVersionPermissions().remove(mine.remove));
    }

    @TearDown(Level.Trial)
    public void release() throws SQLException {
      mine.release();
    }
  }

  /** Per thread, for the remove: the statement it removes is added, untimed, before each call. */
  @State(Scope.Thread)
  public static class Removing {
    Version mine;
    Grants grants;

    @Setup(Level.Trial)
    public void take(Database database) throws SQLException {
      mine = new Version(database);
      grants = database.grants;
    }

    @Setup(Level.Invocation)
    public void addFirst() {
      succeeded(grants.layerVersionPermissions().add(mine.add));
    }

    @TearDown(Level.Trial)
    public void release() throws SQLException {
      mine.release();
    }
  }

  // --- Grants ---------------------------------------------------------------------------------------------------

  @Benchmark
  @Threads(1)
  public Object add(Adding adding) {
    return succeeded(adding.grants.layerVersionPermissions().add(adding.mine.add));
  }

  @Benchmark
  @Threads(8)
  public Object add8(Adding adding) {
    return succeeded(adding.grants.layerVersionPermissions().add(adding.mine.add));
  }

  @Benchmark
  @Threads(1)
  public Object get(Database database, Mine mine) {
    return succeeded(database.grants.layerVersionPermissions().getPolicy(mine.mine.get));
  }

  @Benchmark
  @Threads(8)
  public Object get8(Database database, Mine mine) {
    return succeeded(database.grants.layerVersionPermissions().getPolicy(mine.mine.get));
  }

  @Benchmark
  @Threads(1)
  public Object remove(Removing removing) {
    return succeeded(removing.grants.layerVersionPermissions().remove(removing.mine.remove));
  }

  @Benchmark
  @Threads(8)
  public Object remove8(Removing removing) {
    return succeeded(removing.grants.layerVersionPermissions().remove(removing.mine.remove));
  }

  // --- the floor: bare JDBC on the same table -------------------------------------------------------------------

  @Benchmark
  @Threads(1)
  public String floorSelect(Floor mine) throws SQLException {
    return select(mine.mine)[1];
  }

  @Benchmark
  @Threads(8)
  public String floorSelect8(Floor mine) throws SQLException {
    return select(mine.mine)[1];
  }

  @Benchmark
  @Threads(1)
  public int floorSelectUpdate(Floor mine) throws SQLException {
    return selectUpdate(mine.mine);
  }

  @Benchmark
  @Threads(8)
  public int floorSelectUpdate8(Floor mine) throws SQLException {
    return selectUpdate(mine.mine);
  }

  static String[] select(Version mine) throws SQLException {
    mine.select.setString(1, mine.floorKey);
    try (ResultSet row = mine.select.executeQuery()) {
      row.next();
      return new String[] {row.getString(1), row.getString(2)};
    }
  }

  static int selectUpdate(Version mine) throws SQLException {
    String current = select(mine)[0];
    mine.flip ^= 1;
    mine.update.setString(1, mine.revisions[mine.flip]);
    mine.update.setString(2, mine.floorDocuments[mine.flip]);
    mine.update.setString(3, mine.floorKey);
    mine.update.setString(4, current);
    int changed = mine.update.executeUpdate();
    if (changed != 1) {
      throw new IllegalStateException("the floor's update lost: " + changed);
    }
    return changed;
  }

  // --- helpers --------------------------------------------------------------------------------------------------

  static RemoveLayerVersionPermissionCommand remove(int version, String sid) {
    return RemoveLayerVersionPermissionCommand.builder().context(LayerPermissionsBenchmark.OWNER).layerName("bench")
        .versionNumber(version).statementId(sid).build();
  }

  static String revision() {
    return RevisionId.fromBits(ThreadLocalRandom.current().nextLong(), ThreadLocalRandom.current().nextLong()).value();
  }

  static <T> T succeeded(Either<?, T> outcome) {
    if (outcome.isLeft()) {
      throw new IllegalStateException("refused: " + outcome.getLeft());
    }
    return outcome.get();
  }
}
