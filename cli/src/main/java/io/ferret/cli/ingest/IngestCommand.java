package io.ferret.cli.ingest;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.cli.DatabaseOption;
import io.ferret.cli.FerretCommand;
import io.ferret.cli.text.ProgressBar;
import io.ferret.ingest.pipeline.FileFormat;
import io.ferret.ingest.pipeline.IngestSettings;
import io.ferret.ingest.pipeline.IngestSummary;
import io.ferret.store.Store;
import io.ferret.store.TableNames;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ferret ingest}: lands JSONL and CSV files in a table, evolving its schema as the data requires. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = "Ingest JSONL or CSV files into a table; its schema evolves to fit the data.")
public final class IngestCommand implements Callable<Integer> {
  @ParentCommand
  private FerretCommand parent;

  @Spec
  private CommandSpec spec;

  @Mixin
  private DatabaseOption database;

  @Option(names = "--table", required = true, paramLabel = "NAME", description = "The table to ingest into.")
  private String table;

  @Option(names = "--force", description = "Ingest files even when the same content was already ingested.")
  private boolean force;

  @Option(
      names = "--batch-size",
      paramLabel = "N",
      description = "Events per batch: one schema step and one transaction each (default: ${DEFAULT-VALUE}).")
  private int batchSize = IngestSettings.DEFAULT_BATCH_SIZE;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files ending in .jsonl, .ndjson, .json or .csv, optionally .gz.")
  private List<Path> files;

  @Override
  public Integer call() {
    TableNames.requireValid(table);
    if (batchSize < 1) {
      throw new FerretException(ErrorCode.USAGE, "--batch-size must be at least 1, got " + batchSize);
    }
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new FerretException(ErrorCode.USAGE, "no such file: " + file);
      }
      FileFormat.of(file);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<IngestSummary> summaries = new ArrayList<>();
    try (Store store = Store.open(database.resolve(parent.environment()))) {
      TableIngestor ingestor = new TableIngestor(store, IngestSettings.defaults().withBatchSize(batchSize));
      for (Path file : files) {
        ProgressBar progress = ProgressBar.forTerminal(err, parent.environment().interactive());
        IngestSummary summary;
        try {
          summary = ingestor.ingest(table, file, force, progress);
        } finally {
          progress.clear();
        }
        IngestReport.printFile(summary, out);
        summaries.add(summary);
      }
    }
    if (summaries.size() > 1) {
      IngestReport.printTotal(summaries, out);
    }
    out.flush();
    return 0;
  }
}
