package io.ferret.investigator;

import io.ferret.FerretException;
import io.ferret.investigator.finding.Evidence;
import io.ferret.investigator.probe.DimensionSource;
import io.ferret.investigator.probe.DrillDownOutcome;
import io.ferret.investigator.probe.ModelCrossCheck;
import io.ferret.investigator.probe.ModelOutcome;
import io.ferret.investigator.probe.Probe;
import io.ferret.investigator.probe.ProbeExecutor;
import io.ferret.investigator.probe.ProbeReport;
import io.ferret.investigator.probe.ProbeSession;
import io.ferret.investigator.probe.SchemaDimensions;
import io.ferret.investigator.probe.StandardProbes;
import io.ferret.investigator.probe.TrainingSetSource;
import io.ferret.investigator.question.Interpretation;
import io.ferret.investigator.question.QuestionReader;
import io.ferret.investigator.question.Understanding;
import io.ferret.investigator.semantic.SemanticCatalog;
import io.ferret.investigator.semantic.SemanticCatalogCache;
import io.ferret.investigator.semantic.SemanticLayer;
import io.ferret.ml.Deadline;
import io.ferret.ml.data.TrainingSetLoader;
import io.ferret.store.Store;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a question about a table: reads it, runs its hypothesis probes in parallel under deadlines, and
 * assembles checked findings into an {@link Investigation}. Safe to share between threads.
 */
public final class Investigator {
  private static final Logger LOG = LoggerFactory.getLogger(Investigator.class);

  private final Store store;
  private final InvestigatorSettings settings;
  private final Function<Interpretation, List<Probe>> planner;
  private final DimensionSource dimensions;
  private final TrainingSetSource trainingSets;
  private final ProbeExecutor executor;
  private final InvestigationAssembler assembler;
  private final SemanticCatalogCache catalogs;

  /** An investigator over {@code store}, with the standard probes. */
  public Investigator(Store store, InvestigatorSettings settings) {
    this(store, settings, interpretation -> StandardProbes.plan(interpretation, settings.probes().ml()),
        request -> TrainingSetLoader.load(store, request));
  }

  /** An investigator that runs {@link StandardProbes#compact} probes only: the top drivers, quickly. */
  public static Investigator compact(Store store, InvestigatorSettings settings) {
    return new Investigator(store, settings, StandardProbes::compact, null);
  }

  /**
   * An investigator with its own probe plan and models' data path (null to skip the models), for tests and
   * benchmarks.
   */
  Investigator(Store store, InvestigatorSettings settings, Function<Interpretation, List<Probe>> planner,
      TrainingSetSource trainingSets) {
    this.store = Objects.requireNonNull(store, "store is null");
    this.settings = Objects.requireNonNull(settings, "settings is null");
    this.planner = Objects.requireNonNull(planner, "planner is null");
    this.trainingSets = trainingSets;
    this.dimensions = new SchemaDimensions(store, settings.probes().drillDown().maxDistinct());
    this.executor = new ProbeExecutor(settings.parallelism(), settings.probeDeadline());
    this.assembler = new InvestigationAssembler(settings.probes().rules(), settings.zone());
    this.catalogs = new SemanticCatalogCache(store, settings.config());
  }

  /** Answers a question in words. Never throws: failures come back as an error investigation with an error id. */
  public Investigation ask(String question, AskOptions options) {
    return ask(question, options, ProbeProgress.NONE);
  }

  /** Like {@link #ask(String, AskOptions)}, telling {@code progress} as each probe finishes. */
  public Investigation ask(String question, AskOptions options, ProbeProgress progress) {
    try {
      SemanticCatalog catalog = catalogs.catalog();
      Understanding understanding = new QuestionReader(catalog, settings.zone()).read(question, options);
      if (understanding instanceof Understanding.Unclear unclear) {
        return Investigation.needsClarification(question, unclear.message(), unclear.candidates());
      }
      // the semantic layer's dimensions (ferret.yml may name them) before the schema's guess
      DimensionSource layerDimensions = (table, queries) -> catalog.layer(table)
          .map(SemanticLayer::dimensionColumns).filter(columns -> !columns.isEmpty())
          .orElseGet(() -> dimensions.dimensions(table, queries));
      return investigate(((Understanding.Understood) understanding).interpretation(), question, layerDimensions,
          progress);
    } catch (RuntimeException e) {
      return failure(question, e);
    }
  }

  /** Investigates a question already read. Never throws, like {@link #ask}. */
  public Investigation investigate(Interpretation interpretation, String question) {
    return investigate(interpretation, question, dimensions, ProbeProgress.NONE);
  }

  /** Like {@link #investigate(Interpretation, String)}, telling {@code progress} as each probe finishes. */
  public Investigation investigate(Interpretation interpretation, String question, ProbeProgress progress) {
    return investigate(interpretation, question, dimensions, progress);
  }

  private Investigation investigate(Interpretation interpretation, String question, DimensionSource dimensions,
      ProbeProgress progress) {
    try {
      Deadline total = Deadline.in(settings.totalDeadline());
      ProbeSession session = ProbeSession.create(store, interpretation, dimensions, trainingSets, settings.probes());
      List<ProbeReport> reports = executor.run(planner.apply(interpretation), session, total, progress);
      List<Evidence> proposed = ModelCrossCheck.check(session, drivers(reports), proposals(reports), total);
      return assembler.assemble(question, interpretation, reports, proposed);
    } catch (RuntimeException e) {
      return failure(question, e);
    }
  }

  private static List<Evidence> drivers(List<ProbeReport> reports) {
    return reports.stream().map(ProbeReport::outcome).filter(DrillDownOutcome.class::isInstance)
        .flatMap(outcome -> ((DrillDownOutcome) outcome).selected().stream()).toList();
  }

  private static List<Evidence> proposals(List<ProbeReport> reports) {
    return reports.stream().map(ProbeReport::outcome).filter(ModelOutcome.class::isInstance)
        .flatMap(outcome -> ((ModelOutcome) outcome).proposed().stream()).toList();
  }

  /** An error investigation with a message safe to show; the stack trace goes to the log under the error id. */
  private static Investigation failure(String question, RuntimeException e) {
    String id = ErrorIds.next();
    LOG.error("investigation {} of \"{}\" failed", id, question, e);
    String reason = e instanceof FerretException expected ? expected.getMessage()
        : "Ferret hit an internal error";
    return Investigation.error(question, reason + " (error id " + id + ")");
  }
}
