package io.ferret.cli.digest;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.cli.ConfigOption;
import io.ferret.cli.DatabaseOption;
import io.ferret.cli.FerretCommand;
import io.ferret.cli.ask.AsOfConverter;
import io.ferret.cli.serve.ConfigLoader;
import io.ferret.investigator.InvestigatorSettings;
import io.ferret.investigator.answer.AnswerFormat;
import io.ferret.investigator.answer.DigestRenderer;
import io.ferret.investigator.digest.Digest;
import io.ferret.investigator.digest.DigestRunner;
import io.ferret.investigator.digest.DigestSettings;
import io.ferret.store.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ferret digest}: what moved on the latest complete day, and why, as a scheduled digest would post it. */
@Command(
    name = "digest",
    mixinStandardHelpOptions = true,
    description = {
      "Show the anomaly digest for the latest complete day: each metric, for the whole table and for each",
      "dimension value with enough volume, against the median of the same weekday in earlier weeks, with",
      "its top drivers. Without a config, every metric of every table, in UTC."
    })
public final class DigestCommand implements Callable<Integer> {
  @ParentCommand
  private FerretCommand parent;

  @Spec
  private CommandSpec spec;

  @Mixin
  private DatabaseOption database;

  @Mixin
  private ConfigOption config;

  @Option(names = "--name", paramLabel = "NAME", description = "The digest of the config to show (default: all).")
  private String name;

  @Option(names = "--as-of", paramLabel = "TIME", converter = AsOfConverter.class,
      description = "Show the digest as it would be at this moment: an ISO instant or a date (default: the latest"
          + " event time, rounded up to the hour, so data through 23:58 makes that day complete).")
  private Instant asOf;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private AnswerFormat format = AnswerFormat.TEXT;

  @Override
  public Integer call() {
    Path file = config.resolve();
    List<DigestSettings> digests = digests(file);
    if (format == AnswerFormat.JSON && digests.size() > 1) {
      throw new ParameterException(spec.commandLine(), "the config defines " + digests.size()
          + " digests; choose one for JSON with --name");
    }
    InvestigatorSettings settings = InvestigatorSettings.defaults().withConfig(file);
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = Store.openReadOnly(database.resolve(parent.environment()))) {
      DigestRunner runner = new DigestRunner(store, settings);
      for (DigestSettings digest : digests) {
        Instant moment = asOf != null ? asOf : runner.latestEventTime(digest).map(DigestCommand::nextHour)
            .orElseThrow(() -> new FerretException(ErrorCode.INPUT,
                "no table of digest " + digest.name() + " has timed rows to judge"));
        Digest result = runner.run(digest, DigestRunner.latestCompleteDay(moment, digest.zone()), false);
        out.print(DigestRenderer.render(result, format));
      }
    }
    out.flush();
    return 0;
  }

  /**
   * The hour after the latest event: a day whose data reaches its last hour counts as complete, while a day still
   * being filled at 14:20 is not judged until it is over.
   */
  private static Instant nextHour(Instant latest) {
    return latest.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
  }

  private List<DigestSettings> digests(Path file) {
    List<DigestSettings> configured = file == null ? List.of()
        : ConfigLoader.load(file, System.getenv()).digests().stream().map(DigestConfig::settings).toList();
    if (configured.isEmpty()) {
      if (name != null) {
        throw new FerretException(ErrorCode.USAGE, "no digest named " + name + ": "
            + (file == null ? "there is no config" : file + " defines no digests"));
      }
      return List.of(DigestSettings.everything("all-metrics"));
    }
    if (name == null) {
      return configured;
    }
    return List.of(configured.stream().filter(digest -> digest.name().equals(name)).findFirst()
        .orElseThrow(() -> new FerretException(ErrorCode.USAGE, "no digest named " + name + " in " + file
            + "; it defines " + String.join(", ", configured.stream().map(DigestSettings::name).toList()))));
  }
}
