package io.ferret.investigator.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.investigator.ProbeRun;
import io.ferret.investigator.question.Direction;
import io.ferret.investigator.semantic.SqlFragment;
import io.ferret.ml.Deadline;
import io.ferret.store.Store;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProbeExecutorTest {
  private static final Duration GENEROUS = Duration.ofSeconds(20);

  @TempDir
  static Path folder;
  private static Store store;
  private static ProbeSession session;

  @BeforeAll
  static void createTable() throws SQLException {
    store = Store.open(folder.resolve("executor.duckdb"));
    PlantedTables.execute(store, "CREATE TABLE t AS SELECT TIMESTAMP '2026-02-20 00:00:00' AS ts, 'a' AS region,"
        + " 1.0 AS amount");
    session = ProbeSession.create(store, PlantedTables.change("t", PlantedTables.REVENUE, Direction.ANY, List.of()),
        (table, queries) -> List.of(), null, ProbeSettings.defaults());
  }

  @AfterAll
  static void closeStore() {
    store.close();
  }

  private static List<ProbeRun> run(int parallelism, Duration budget, Duration total, Probe... probes) {
    return new ProbeExecutor(parallelism, budget).run(List.of(probes), session, Deadline.in(total)).stream()
        .map(ProbeReport::run).toList();
  }

  @Test
  void probePastItsDeadlineTimesOutWhileTheOthersReport() throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    TestProbe hanging = new TestProbe("hanging", context -> {
      try {
        new CountDownLatch(1).await();
        throw new IllegalStateException("a latch nobody counts down was released");
      } finally {
        stopped.countDown();
      }
    });
    long start = System.nanoTime();

    List<ProbeRun> runs = run(4, Duration.ofMillis(300), GENEROUS, TestProbe.quick("first"), hanging,
        TestProbe.quick("last"));

    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertEquals(List.of("first", "hanging", "last"), runs.stream().map(ProbeRun::name).toList());
    assertEquals(List.of("ok", "timeout", "ok"), runs.stream().map(ProbeRun::status).toList());
    assertTrue(runs.get(1).millis() >= 300 && millis < 5_000, runs + " in " + millis + " ms");
    assertTrue(stopped.await(5, TimeUnit.SECONDS), "the abandoned probe was interrupted");
  }

  @Test
  void runningQueryIsCancelledAtTheDeadline() throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    TestProbe endless = new TestProbe("endless", context -> {
      try {
        context.queries().one(SqlFragment.of("SELECT sum(hash(i)) FROM range(1000000000000) t(i)"),
            row -> row.getObject(1));
        throw new IllegalStateException("a query over a trillion rows finished");
      } finally {
        stopped.countDown();
      }
    });

    List<ProbeRun> runs = run(2, Duration.ofMillis(300), GENEROUS, endless, TestProbe.quick("other"));

    assertEquals(List.of("timeout", "ok"), runs.stream().map(ProbeRun::status).toList());
    assertTrue(stopped.await(10, TimeUnit.SECONDS), "the cancelled query returned");
  }

  @Test
  void callerNeverWaitsPastTheTotalDeadline() {
    TestProbe hanging = new TestProbe("hanging", context -> {
      new CountDownLatch(1).await();
      return null;
    });
    long start = System.nanoTime();

    List<ProbeRun> runs = run(1, GENEROUS, Duration.ofMillis(400), hanging, TestProbe.quick("queued"));

    assertEquals(List.of("timeout", "timeout"), runs.stream().map(ProbeRun::status).toList());
    assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 2_000, runs.toString());
  }

  @Test
  void parallelProbesRunAtTheSameTime() {
    CountDownLatch allRunning = new CountDownLatch(3);
    TestProbe.Work meet = context -> {
      allRunning.countDown();
      if (!allRunning.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the other probes never ran alongside");
      }
      return new QualityOutcome(List.of(), "met");
    };

    List<ProbeRun> runs = run(3, GENEROUS, GENEROUS, new TestProbe("a", meet), new TestProbe("b", meet),
        new TestProbe("c", meet));

    assertEquals(List.of("ok", "ok", "ok"), runs.stream().map(ProbeRun::status).toList());
  }

  @Test
  void sequentialModeRunsOneProbeAtATimeInPlanOrder() {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    List<String> order = Collections.synchronizedList(new ArrayList<>());
    List<Probe> probes = new ArrayList<>();
    for (String name : List.of("a", "b", "c", "d")) {
      probes.add(new TestProbe(name, context -> {
        most.accumulateAndGet(running.incrementAndGet(), Math::max);
        order.add(name);
        context.queries().one(SqlFragment.of("SELECT count(*) FROM range(100000)"), row -> row.getLong(1));
        running.decrementAndGet();
        return new QualityOutcome(List.of(), "done");
      }));
    }

    List<ProbeRun> runs = run(1, GENEROUS, GENEROUS, probes.toArray(Probe[]::new));

    assertEquals(1, most.get());
    assertEquals(List.of("a", "b", "c", "d"), order);
    assertTrue(runs.stream().allMatch(run -> run.status().equals("ok")), runs.toString());
  }

  @Test
  void failingProbeIsReportedWithItsReason() {
    TestProbe broken = new TestProbe("broken", context -> {
      throw new IllegalStateException("no such thing");
    });

    List<ProbeRun> runs = run(2, GENEROUS, GENEROUS, broken, TestProbe.quick("fine"));

    assertEquals("failed", runs.get(0).status());
    assertEquals("no such thing", runs.get(0).detail());
    assertEquals("ok", runs.get(1).status());
  }

  @Test
  void probeThatGaveUpWaitingAtItsDeadlineIsATimeoutNotAFailure() {
    TestProbe waiting = new TestProbe("waiting", context -> {
      throw new CancellationException("abandoned at its deadline while the training rows loaded");
    });

    List<ProbeRun> runs = run(1, GENEROUS, GENEROUS, waiting);

    assertEquals("timeout", runs.get(0).status());
    assertEquals("abandoned at its deadline while the training rows loaded", runs.get(0).detail());
  }

  @Test
  void progressHearsEveryProbeFinishIncludingTimeouts() {
    List<String> heard = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    TestProbe hanging = new TestProbe("hanging", context -> {
      new CountDownLatch(1).await();
      return null;
    });

    new ProbeExecutor(2, Duration.ofMillis(300)).run(List.of(TestProbe.quick("a"), hanging, TestProbe.quick("b")),
        session, Deadline.in(GENEROUS), (done, planned) -> heard.add(done + "/" + planned));

    // the last report's listener may still be running on its probe's thread when run returns
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    while (heard.size() < 3 && System.nanoTime() < end) {
      Thread.onSpinWait();
    }
    assertEquals(List.of("1/3", "2/3", "3/3"), heard.stream().sorted().toList());
  }
}
