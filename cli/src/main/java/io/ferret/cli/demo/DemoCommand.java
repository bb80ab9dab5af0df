package io.ferret.cli.demo;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.cli.FerretCommand;
import io.ferret.cli.ingest.TableIngestor;
import io.ferret.cli.schema.SchemaReader;
import io.ferret.cli.text.ProgressBar;
import io.ferret.ingest.pipeline.IngestSettings;
import io.ferret.ingest.pipeline.IngestSummary;
import io.ferret.ingest.sample.GeneratedStream;
import io.ferret.ingest.sample.OrderStreamSpec;
import io.ferret.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ferret demo}: generates a sample order stream whose schema changes halfway, ingests it into a fresh
 * store and tells what happened in plain language.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Generate 20,000 sample order events (plus 3 malformed lines), ingest them into a fresh store, explain"
          + " what happened (rejects, schema evolution, a first query) and ask three questions: why revenue"
          + " dropped, what drives first orders, and revenue by region.",
      "The store file is deleted and re-created."
    })
public final class DemoCommand implements Callable<Integer> {
  static final String TABLE = "orders";

  @ParentCommand
  private FerretCommand parent;

  @Spec
  private CommandSpec spec;

  @Option(
      names = "--db",
      paramLabel = "PATH",
      description = "The demo store, deleted and re-created (default: ${DEFAULT-VALUE}; $FERRET_DB is not used).")
  private Path database = Path.of("ferret-demo.duckdb");

  @Option(
      names = "--batch-size",
      paramLabel = "N",
      description = "Events per batch; small batches show the schema evolving step by step (default: ${DEFAULT-VALUE}).")
  private int batchSize = 5_000;

  @Override
  public Integer call() {
    if (batchSize < 1) {
      throw new FerretException(ErrorCode.USAGE, "--batch-size must be at least 1, got " + batchSize);
    }
    PrintWriter out = spec.commandLine().getOut();
    OrderStreamSpec streamSpec = OrderStreamSpec.demo();
    Path input = temporaryFile();
    try {
      GeneratedStream stream = DemoStream.write(streamSpec, input);
      DemoDatabase.delete(database);
      try (Store store = Store.open(database)) {
        ProgressBar progress = ProgressBar.forTerminal(spec.commandLine().getErr(), parent.environment().interactive());
        IngestSummary summary;
        try {
          summary = new TableIngestor(store, IngestSettings.defaults().withBatchSize(batchSize))
              .ingest(TABLE, input, false, progress);
        } finally {
          progress.clear();
        }
        DemoFacts facts = DemoFacts.read(store, new SchemaReader(store), TABLE);
        new DemoStory(out, database.toString(), batchSize).tell(stream, DemoStream.MALFORMED_LINES.size(), summary,
            facts);
        DemoQuestions.ask(store, out);
      }
    } finally {
      deleteQuietly(input);
    }
    out.flush();
    return 0;
  }

  private static Path temporaryFile() {
    try {
      return Files.createTempFile("ferret-demo-", ".jsonl");
    } catch (IOException e) {
      throw new FerretException(ErrorCode.INPUT, "cannot create a temporary file: " + e.getMessage(), e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A leftover file in the temporary folder is harmless; the demo's result matters more.
    }
  }
}
