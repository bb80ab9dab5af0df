package io.ferret.slack;

import io.ferret.store.Store;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Keeps Helpful / Not helpful votes in the store's {@code ferret_slack_feedback} table. */
final class FeedbackStore {
  static final String TABLE = "ferret_slack_feedback";

  private final Store store;
  private final Clock clock;

  FeedbackStore(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  synchronized void record(String user, String channel, String question, boolean helpful) {
    try (Statement create = store.connection().createStatement()) {
      create.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (voted_at TIMESTAMP, user_id VARCHAR, channel VARCHAR,"
          + " question VARCHAR, helpful BOOLEAN)");
    } catch (SQLException e) {
      throw new IllegalStateException("creating the feedback table failed: " + e.getMessage(), e);
    }
    try (PreparedStatement insert = store.connection().prepareStatement(
        "INSERT INTO " + TABLE + " VALUES (?, ?, ?, ?, ?)")) {
      insert.setObject(1, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
      insert.setString(2, user);
      insert.setString(3, channel);
      insert.setString(4, question);
      insert.setBoolean(5, helpful);
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("storing feedback failed: " + e.getMessage(), e);
    }
  }
}
