package io.ferret.cli.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.investigator.InvestigatorSettings;
import io.ferret.investigator.digest.Digest;
import io.ferret.investigator.digest.DigestSink;
import io.ferret.store.Store;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scheduled digests post exactly once per window, across restarts, downtime and clock changes. */
class DigestSchedulerTest {
  private static final Instant NOV_16_0800 = Instant.parse("2026-11-16T08:00:00Z");

  @TempDir Path folder;
  private Path database;

  @BeforeEach
  void hourlyOrdersAllYear() throws SQLException {
    database = folder.resolve("digests.duckdb");
    try (Store store = Store.open(database); Statement statement = store.connection().createStatement()) {
      statement.execute("CREATE TABLE orders AS SELECT TIMESTAMP '2026-01-01 00:00:00' + to_hours(i) AS ts,"
          + " ['EMEA', 'NA'][1 + i % 2] AS region, 10.0 + i % 7 AS amount FROM range(24 * 330) t(i)");
    }
  }

  @Test
  void aRestartAfterARunDoesNotPostItsWindowAgain() {
    Posts posts = new Posts();
    try (Store store = Store.open(database)) {
      scheduler(store, daily("UTC"), posts).runDue(NOV_16_0800);
      // a restarted server, a minute later, with the same store
      scheduler(store, daily("UTC"), posts).runDue(NOV_16_0800.plusSeconds(60));
      assertEquals(List.of(LocalDate.parse("2026-11-15")), posts.days());

      scheduler(store, daily("UTC"), posts).runDue(NOV_16_0800.plus(Duration.ofDays(1)));
      assertEquals(List.of(LocalDate.parse("2026-11-15"), LocalDate.parse("2026-11-16")), posts.days());
    }
  }

  @Test
  void aRunThatDiedBeforePostingIsPostedOnceAfterTheRestart() {
    Posts posts = new Posts();
    try (Store store = Store.open(database)) {
      DigestSink dying = (digest, channels) -> {
        throw new IllegalStateException("the process died mid-run");
      };
      scheduler(store, daily("UTC"), dying).runDue(NOV_16_0800);
      scheduler(store, daily("UTC"), posts).runDue(NOV_16_0800.plusSeconds(30));
      scheduler(store, daily("UTC"), posts).runDue(NOV_16_0800.plusSeconds(90));

      assertEquals(List.of(LocalDate.parse("2026-11-15")), posts.days());
    }
  }

  @Test
  void afterDowntimeOneCatchUpRunPostsTheLatestWindowAndSaysItIsLate() {
    Posts posts = new Posts();
    try (Store store = Store.open(database)) {
      scheduler(store, daily("UTC"), posts).runDue(NOV_16_0800);
      // down from Nov 16 09:00 until Nov 19 10:30: the runs of Nov 17, 18 and 19 were missed
      Instant back = Instant.parse("2026-11-19T10:30:00Z");
      scheduler(store, daily("UTC"), posts).runDue(back);
      scheduler(store, daily("UTC"), posts).runDue(back.plusSeconds(300));

      assertEquals(List.of(LocalDate.parse("2026-11-15"), LocalDate.parse("2026-11-18")), posts.days());
      assertFalse(posts.digests.get(0).late());
      assertTrue(posts.digests.get(1).late());
    }
  }

  @Test
  void aDailyScheduleKeepsItsLocalTimeAcrossTheSpringClockChange() {
    DigestConfig berlin = daily("Europe/Berlin");
    DigestSchedule schedule = berlin.schedule();
    // 08:00 CET is 07:00Z; after the change on Sunday, March 29, 08:00 CEST is 06:00Z
    assertEquals(Instant.parse("2026-03-29T06:00:00Z"), schedule.next(Instant.parse("2026-03-28T12:00:00Z")).get());
    assertEquals(Instant.parse("2026-03-30T06:00:00Z"), schedule.next(Instant.parse("2026-03-29T06:00:00Z")).get());

    Posts posts = new Posts();
    try (Store store = Store.open(database)) {
      DigestScheduler scheduler = scheduler(store, berlin, posts);
      for (Instant now = Instant.parse("2026-03-28T07:05:00Z"); now.isBefore(Instant.parse("2026-03-31T07:30:00Z"));
          now = now.plus(Duration.ofMinutes(30))) {
        scheduler.runDue(now);
      }
    }

    assertEquals(List.of(LocalDate.parse("2026-03-27"), LocalDate.parse("2026-03-28"), LocalDate.parse("2026-03-29"),
        LocalDate.parse("2026-03-30")), posts.days());
    // Sunday, March 29, had 23 hours in Berlin
    Digest sunday = posts.digests.get(2);
    assertEquals(Duration.ofHours(23), Duration.between(sunday.window().from(), sunday.window().to()));
    assertTrue(posts.digests.stream().noneMatch(Digest::late));
  }

  @Test
  void theSchedulingThreadCatchesUpAtStartAndStopsPromptly() throws InterruptedException {
    Posts posts = new Posts();
    try (Store store = Store.open(database)) {
      DigestScheduler scheduler = new DigestScheduler(store, InvestigatorSettings.defaults(), List.of(daily("UTC")),
          posts, Clock.fixed(NOV_16_0800.plusSeconds(5), ZoneOffset.UTC));
      scheduler.start();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (posts.days().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      long closing = System.nanoTime();
      scheduler.close();
      assertTrue(Duration.ofNanos(System.nanoTime() - closing).compareTo(Duration.ofSeconds(5)) < 0);
    }
    assertEquals(List.of(LocalDate.parse("2026-11-15")), posts.days());
  }

  private static DigestConfig daily(String zone) {
    return DigestConfig.of("daily", "0 8 * * *", zone, List.of("orders"), null, List.of("#sales"), null, null, null);
  }

  private static DigestScheduler scheduler(Store store, DigestConfig digest, DigestSink sink) {
    return new DigestScheduler(store, InvestigatorSettings.defaults(), List.of(digest), sink, Clock.systemUTC());
  }

  /** A sink that keeps every digest posted, as the fake Slack server counts messages. */
  private static final class Posts implements DigestSink {
    final List<Digest> digests = new ArrayList<>();

    @Override
    public synchronized void post(Digest digest, List<String> channels) {
      assertEquals(List.of("#sales"), channels);
      digests.add(digest);
    }

    synchronized List<LocalDate> days() {
      return digests.stream().map(Digest::day).toList();
    }
  }
}
