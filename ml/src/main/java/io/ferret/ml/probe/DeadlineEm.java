package io.ferret.ml.probe;

import io.ferret.ml.Deadline;
import io.ferret.ml.MlSettings;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import weka.clusterers.EM;
import weka.core.Instance;
import weka.core.Instances;

/**
 * EM that stops at a deadline, on daemon threads.
 *
 * <p>Weka's EM cannot be interrupted cleanly: an interrupt during an E step is caught by its iteration loop,
 * printed, and answered by a restart with a new seed, and its worker pool is shut down only when a build ends
 * normally. So the build runs on a thread of its own that no interrupt reaches, while the caller waits
 * (interruptibly); once the deadline passes, the E and M steps do nothing, EM's loop ends within an iteration,
 * the workers are released, and the result is thrown away.
 */
final class DeadlineEm extends EM {
  private static final long serialVersionUID = 1L;
  static final int MAX_ITERATIONS = 50;
  static final int EXECUTION_SLOTS = 2;
  private static final ExecutorService BUILDS = Executors.newCachedThreadPool(new DaemonThreads("ferret-em"));

  private final transient Deadline deadline;
  /** Each worker's last row and its densities in the E step under way; null outside E steps. */
  private transient volatile ThreadLocal<Densities> eStepDensities;

  private DeadlineEm(Deadline deadline) {
    this.deadline = Objects.requireNonNull(deadline, "deadline is null");
  }

  /** EM with {@code clusters} clusters, one k-means start, capped iterations and two worker threads. */
  static DeadlineEm configured(int clusters, MlSettings settings, Deadline deadline) throws Exception {
    DeadlineEm em = new DeadlineEm(deadline);
    em.setNumClusters(clusters);
    em.setSeed(Long.hashCode(settings.seed()));
    em.setMaxIterations(MAX_ITERATIONS);
    em.setNumKMeansRuns(1);
    em.setNumExecutionSlots(EXECUTION_SLOTS);
    return em;
  }

  /** Builds as EM does, or throws InterruptedException if interrupted while waiting or the deadline passed. */
  @Override
  public void buildClusterer(Instances data) throws Exception {
    Future<Void> build = BUILDS.submit(() -> {
      try {
        DeadlineEm.super.buildClusterer(data);
      } finally {
        release();
      }
      return null;
    });
    try {
      build.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
    ProbeRunner.checkpoint(deadline);
  }

  @Override
  protected double launchESteps(Instances rows) throws Exception {
    if (deadline.passed()) {
      return Double.NEGATIVE_INFINITY;
    }
    eStepDensities = new ThreadLocal<>();
    try {
      return super.launchESteps(rows);
    } finally {
      eStepDensities = null;
    }
  }

  /**
   * Weka's E step asks for each row's densities twice (for the log-likelihood, then for the row's cluster
   * weights), with the model unchanged in between; the second ask reuses the first's answer, which halves the E
   * step and leaves every number as it was.
   */
  @Override
  public double[] logJointDensitiesForInstance(Instance row) throws Exception {
    ThreadLocal<Densities> memo = eStepDensities;
    if (memo == null) {
      return super.logJointDensitiesForInstance(row);
    }
    Densities last = memo.get();
    if (last == null || last.row() != row) {
      last = new Densities(row, super.logJointDensitiesForInstance(row));
      memo.set(last);
    }
    return last.densities().clone();
  }

  @Override
  protected void launchMSteps(Instances rows) throws Exception {
    if (!deadline.passed()) {
      super.launchMSteps(rows);
    }
  }

  @Override
  protected void startExecutorPool() {
    release();
    m_executorPool = Executors.newFixedThreadPool(getNumExecutionSlots(), new DaemonThreads("ferret-em-step"));
  }

  /** One row's log joint densities under the model of the E step under way. */
  private record Densities(Instance row, double[] densities) {}

  private void release() {
    if (m_executorPool != null) {
      m_executorPool.shutdownNow();
      m_executorPool = null;
    }
  }
}
