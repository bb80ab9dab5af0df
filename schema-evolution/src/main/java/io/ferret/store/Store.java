package io.ferret.store;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.schema.EvolutionPlan;
import io.ferret.schema.TableSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.duckdb.DuckDBConnection;

/**
 * The embedded DuckDB file: user tables with evolving schemas, plus Ferret's metadata tables.
 *
 * <p>One Store is the single writer of its file. Writes go through {@link #commit}, which applies a batch's
 * schema changes, rows, rejects and any caller bookkeeping in one transaction.
 */
public final class Store implements AutoCloseable {
  private final Path path;
  private final DuckDBConnection connection;
  private final BufferAllocator allocator;
  private final boolean readOnly;
  private final Clock clock;
  private final Map<String, TableSchema> schemas = new HashMap<>();

  private Store(Path path, DuckDBConnection connection, boolean readOnly, Clock clock) {
    this.path = path;
    this.connection = connection;
    this.readOnly = readOnly;
    this.clock = clock;
    this.allocator = new RootAllocator();
  }

  /** Opens (creating if needed) a store file for reading and writing. */
  public static Store open(Path file) {
    return open(file, false, Clock.systemUTC());
  }

  /** Opens an existing store file for queries only; DuckDB itself refuses writes. */
  public static Store openReadOnly(Path file) {
    if (!Files.exists(file)) {
      throw new FerretException(ErrorCode.USAGE, "no database at " + file + "; ingest something first");
    }
    return open(file, true, Clock.systemUTC());
  }

  static Store open(Path file, boolean readOnly, Clock clock) {
    Objects.requireNonNull(file, "file is null");
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null && !readOnly) {
        Files.createDirectories(parent);
      }
      Properties properties = new Properties();
      if (readOnly) {
        properties.setProperty("duckdb.read_only", "true");
      }
      DuckDBConnection connection =
          (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), properties);
      if (!readOnly) {
        MetadataTables.create(connection);
      }
      return new Store(file, connection, readOnly, clock);
    } catch (SQLException e) {
      throw new FerretException(ErrorCode.STORE, openFailure(file, e), e);
    } catch (java.io.IOException e) {
      throw new FerretException(ErrorCode.STORE, "cannot create the folder for " + file + ": " + e.getMessage(), e);
    }
  }

  private static String openFailure(Path file, SQLException e) {
    String message = String.valueOf(e.getMessage());
    if (message.toLowerCase(Locale.ROOT).contains("lock")) {
      return "database " + file + " is in use by another Ferret process (DuckDB allows one writer)";
    }
    return "cannot open database " + file + ": " + firstLine(message);
  }

  static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  public Path path() {
    return path;
  }

  public boolean isReadOnly() {
    return readOnly;
  }

  /** The connection, for queries. Writes to user tables must go through {@link #commit}. */
  public DuckDBConnection connection() {
    return connection;
  }

  /** The Arrow allocator whose memory DuckDB may read during {@link #commit}. */
  public BufferAllocator allocator() {
    return allocator;
  }

  /** User tables Ferret manages, by name. */
  public List<String> tables() {
    List<String> tables = new ArrayList<>();
    if (!hasMetadata()) {
      return tables;
    }
    try (PreparedStatement select =
            connection.prepareStatement("SELECT table_name FROM ferret_tables ORDER BY table_name");
        ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
      return tables;
    } catch (SQLException e) {
      throw failure("listing tables", e);
    }
  }

  /** The table's current schema; {@link TableSchema#empty} when it does not exist. */
  public synchronized TableSchema schema(String table) {
    TableSchema cached = schemas.get(table);
    if (cached != null) {
      return cached;
    }
    if (!hasMetadata()) {
      return TableSchema.empty(table);
    }
    try {
      TableSchema loaded = SchemaRepository.load(connection, table);
      schemas.put(table, loaded);
      return loaded;
    } catch (SQLException e) {
      throw failure("reading the schema of " + table, e);
    }
  }

  /**
   * Commits one batch atomically: the plan's schema changes and history, its rows, its rejects, and the hook.
   *
   * @param rows the batch's rows laid out for {@code plan.after()}, or null when no event was accepted
   * @param source the source name recorded with schema changes
   */
  public synchronized void commit(EvolutionPlan plan, VectorSchemaRoot rows, List<RejectRecord> rejects,
      String source, TransactionHook hook) {
    if (readOnly) {
      throw new IllegalStateException("commit on a read-only store");
    }
    String table = plan.after().table();
    try {
      connection.setAutoCommit(false);
      try {
        var now = clock.instant();
        if (plan.changesSchema()) {
          SchemaMigrator.apply(connection, plan);
          SchemaRepository.recordHistory(connection, table, plan.after().version(), plan.changes(), source, now);
        }
        if (rows != null && rows.getRowCount() > 0) {
          ArrowAppender.append(connection, allocator, table, rows);
        }
        if (plan.after().exists()) {
          SchemaRepository.save(connection, plan.after(), now);
        }
        RejectWriter.write(connection, table, rejects, now);
        hook.run(connection);
        connection.commit();
        schemas.put(table, plan.after());
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        schemas.remove(table);
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure("writing a batch to " + table, e);
    }
  }

  /**
   * Starts a load of many batches, which commit as usual but are checkpointed once, when the returned load is
   * closed, instead of after nearly every batch.
   */
  public BulkLoad beginBulkLoad() {
    return beginLoad(false);
  }

  /**
   * Starts a load that lasts as long as a stream is consumed: batches commit as usual, and checkpoints wait for a
   * larger write-ahead log than usual, while DuckDB keeps its threads for the questions asked meanwhile.
   */
  public BulkLoad beginStreamingLoad() {
    return beginLoad(true);
  }

  private BulkLoad beginLoad(boolean streaming) {
    if (readOnly) {
      throw new IllegalStateException("bulk load on a read-only store");
    }
    try {
      return BulkLoad.begin(connection, streaming);
    } catch (SQLException e) {
      throw failure("preparing a bulk load", e);
    }
  }

  /** True when a file of exactly this many bytes was ingested into the table: a cheap first test for a repeat. */
  public boolean hasIngestedFileOfSize(String table, long size) {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT count(*) FROM ferret_sources WHERE table_name = ? AND size = ?")) {
      select.setString(1, table);
      select.setLong(2, size);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() && rs.getLong(1) > 0;
      }
    } catch (SQLException e) {
      throw failure("looking up ingested files", e);
    }
  }

  /** The record of an identical file (same content hash) already ingested into the table, if any. */
  public Optional<IngestedSource> findIngested(String table, String sha256) {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT path, size, rows_accepted, rows_rejected, ingested_at FROM ferret_sources"
            + " WHERE table_name = ? AND sha256 = ? ORDER BY ingested_at LIMIT 1")) {
      select.setString(1, table);
      select.setString(2, sha256);
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new IngestedSource(table, rs.getString(1), rs.getLong(2), sha256, rs.getLong(3),
            rs.getLong(4), rs.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC)));
      }
    } catch (SQLException e) {
      throw failure("looking up ingested files", e);
    }
  }

  /** Records that a file was ingested, so the same content is not ingested twice by accident. */
  public void recordIngested(IngestedSource source) {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO ferret_sources VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, source.table());
      insert.setString(2, source.path());
      insert.setLong(3, source.size());
      insert.setString(4, source.sha256());
      insert.setLong(5, source.rowsAccepted());
      insert.setLong(6, source.rowsRejected());
      insert.setObject(7, SchemaRepository.utc(source.ingestedAt()));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw failure("recording an ingested file", e);
    }
  }

  private boolean hasMetadata() {
    try (PreparedStatement select = connection.prepareStatement(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'ferret_tables'");
        ResultSet rs = select.executeQuery()) {
      return rs.next() && rs.getLong(1) > 0;
    } catch (SQLException e) {
      throw failure("reading the catalog", e);
    }
  }

  private FerretException failure(String what, SQLException e) {
    return new FerretException(ErrorCode.STORE, what + " failed: " + firstLine(String.valueOf(e.getMessage())), e);
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw failure("closing " + path, e);
    } finally {
      allocator.close();
    }
  }
}
