package io.ferret.cli.digest;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.store.Store;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Which windows each scheduled digest has posted, in the store ({@value #TABLE}), so that a restart neither posts
 * a window twice nor skips one. A window is recorded right after its post succeeded.
 */
final class DigestLedger {
  static final String TABLE = "ferret_digest_runs";

  private final Store store;

  DigestLedger(Store store) {
    this.store = store;
    // the store's connection is shared with Kafka ingest, which lands batches on it holding the store's lock
    synchronized (store) {
      try (Statement statement = store.connection().createStatement()) {
        statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (digest VARCHAR NOT NULL, day DATE NOT NULL,"
            + " posted_at TIMESTAMP NOT NULL, late BOOLEAN NOT NULL, anomalies INTEGER NOT NULL,"
            + " PRIMARY KEY (digest, day))");
      } catch (SQLException e) {
        throw failure("creating " + TABLE, e);
      }
    }
  }

  boolean posted(String digest, LocalDate day) {
    synchronized (store) {
      try (PreparedStatement query = store.connection().prepareStatement(
          "SELECT count(*) FROM " + TABLE + " WHERE digest = ? AND day = ?")) {
        query.setString(1, digest);
        query.setObject(2, day);
        try (ResultSet rows = query.executeQuery()) {
          rows.next();
          return rows.getLong(1) > 0;
        }
      } catch (SQLException e) {
        throw failure("reading " + TABLE, e);
      }
    }
  }

  void record(String digest, LocalDate day, Instant postedAt, boolean late, int anomalies) {
    synchronized (store) {
      try (PreparedStatement insert = store.connection().prepareStatement(
          "INSERT INTO " + TABLE + " VALUES (?, ?, ?, ?, ?)")) {
        insert.setString(1, digest);
        insert.setObject(2, day);
        insert.setObject(3, LocalDateTime.ofInstant(postedAt, ZoneOffset.UTC)); // the store keeps UTC wall time
        insert.setBoolean(4, late);
        insert.setInt(5, anomalies);
        insert.executeUpdate();
      } catch (SQLException e) {
        throw failure("recording a digest run in " + TABLE, e);
      }
    }
  }

  private static FerretException failure(String what, SQLException e) {
    return new FerretException(ErrorCode.STORE, what + " failed: " + e.getMessage(), e);
  }
}
