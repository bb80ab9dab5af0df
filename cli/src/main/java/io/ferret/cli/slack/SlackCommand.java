package io.ferret.cli.slack;

import io.ferret.cli.ConfigOption;
import io.ferret.cli.DatabaseOption;
import io.ferret.cli.FerretCommand;
import io.ferret.investigator.InvestigatorSettings;
import io.ferret.store.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ferret slack}: answers questions asked in Slack, over Socket Mode or HTTP. */
@Command(
    name = "slack",
    mixinStandardHelpOptions = true,
    description = {
      "Answer questions asked in Slack: /ferret, @Ferret mentions, DMs and thread replies.",
      "Socket Mode by default (SLACK_APP_TOKEN and SLACK_BOT_TOKEN; no public URL needed);",
      "with --http-port, HTTP mode on POST /slack/events (SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET).",
      "SLACK_API_URL overrides the Web API base URL. See \"Add Ferret to Slack\" in the README."
    })
public final class SlackCommand implements Callable<Integer> {
  /** Printed once the app is connected; tools that start it wait for it. */
  public static final String READY = "ferret slack: ";
  @ParentCommand
  private FerretCommand parent;

  @Spec
  private CommandSpec spec;

  @Mixin
  private DatabaseOption database;

  @Option(names = "--http-port", paramLabel = "PORT",
      description = "Serve HTTP on this port instead of Socket Mode.")
  private Integer httpPort;

  @Option(names = "--http-host", paramLabel = "HOST",
      description = "The address HTTP mode binds (default: ${DEFAULT-VALUE}; put a TLS proxy in front).")
  private String httpHost = "127.0.0.1";

  @Mixin
  private ConfigOption config;

  @Override
  public Integer call() throws Exception {
    Path configFile = config.resolve();
    SlackSection section = SlackSection.read(configFile);
    InvestigatorSettings questions = InvestigatorSettings.defaults().withConfig(configFile);
    PrintWriter out = spec.commandLine().getOut();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "ferret-slack-shutdown"));
    try (Store store = Store.open(database.resolve(parent.environment()));
        SlackRunner slack = SlackRunner.start(store, questions, section, System.getenv(), httpPort, httpHost)) {
      out.println(READY + slack.description());
      out.flush();
      stopped.await();
    }
    return 0;
  }
}
