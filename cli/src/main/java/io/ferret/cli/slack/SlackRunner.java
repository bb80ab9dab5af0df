package io.ferret.cli.slack;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.investigator.Investigator;
import io.ferret.investigator.InvestigatorSettings;
import io.ferret.investigator.digest.DigestSink;
import io.ferret.slack.FerretSlackApp;
import io.ferret.slack.SlackHttpServer;
import io.ferret.slack.SlackSettings;
import io.ferret.slack.SlackStartupException;
import io.ferret.slack.SocketMode;
import io.ferret.store.Store;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;
import java.nio.file.Path;

/**
 * The Slack app running over a store, in Socket Mode or on HTTP; used by {@code ferret slack} and, when
 * {@code ferret.yml} has a {@code slack:} section, by {@code ferret serve}.
 */
public final class SlackRunner implements AutoCloseable {
  private final FerretSlackApp app; // null when nothing runs
  private final AutoCloseable connection;
  private final String description;

  private SlackRunner(FerretSlackApp app, AutoCloseable connection, String description) {
    this.app = app;
    this.connection = connection;
    this.description = description;
  }

  /**
   * Starts the app in Socket Mode as the {@code slack:} section of {@code config} says, or, when the file has
   * none, returns a runner that runs nothing. Tokens come from {@code environment}.
   */
  public static SlackRunner startIfConfigured(Path config, Store store, InvestigatorSettings questions,
      Map<String, String> environment) {
    return SlackSection.find(config).map(section -> start(store, questions, section, environment, null, null))
        .orElseGet(() -> new SlackRunner(null, () -> { }, "not configured"));
  }

  /** Starts the app: Socket Mode when {@code httpPort} is null, else HTTP on {@code httpHost:httpPort}. */
  static SlackRunner start(Store store, InvestigatorSettings questions, SlackSection section,
      Map<String, String> environment, Integer httpPort, String httpHost) {
    String apiUrl = environment.getOrDefault("SLACK_API_URL", section.apiUrl());
    SlackSettings settings = new SlackSettings(required(environment, "SLACK_BOT_TOKEN"),
        httpPort != null ? required(environment, "SLACK_SIGNING_SECRET") : null,
        httpPort == null ? required(environment, "SLACK_APP_TOKEN") : null,
        apiUrl, section.access(), section.questionsAtOnce());
    FerretSlackApp app = new FerretSlackApp(store, new Investigator(store, questions), settings);
    try {
      app.start();
      if (httpPort != null) {
        SlackHttpServer server = new SlackHttpServer(app.bolt(), new InetSocketAddress(httpHost, httpPort));
        return new SlackRunner(app, server, "listening on http://" + httpHost + ":" + server.port()
            + SlackHttpServer.PATH);
      }
      return new SlackRunner(app, new SocketMode(app.bolt(), settings.appToken()), "connected over Socket Mode");
    } catch (SlackStartupException e) {
      app.close();
      throw new FerretException(ErrorCode.USAGE, e.getMessage(), e);
    } catch (IOException e) {
      app.close();
      throw new FerretException(ErrorCode.USAGE, "cannot listen on " + httpHost + ":" + httpPort + ": "
          + e.getMessage(), e);
    } catch (Exception e) {
      app.close();
      throw new FerretException(ErrorCode.INTERNAL, "cannot connect to Slack: " + e.getMessage(), e);
    }
  }

  /** Where digests go through this app; empty when it runs nothing. */
  public Optional<DigestSink> digests() {
    return Optional.ofNullable(app).map(FerretSlackApp::digests);
  }

  /** How it is reached: "listening on http://…", "connected over Socket Mode" or "not configured". */
  public String description() {
    return description;
  }

  private static String required(Map<String, String> environment, String name) {
    String value = environment.get(name);
    if (value == null || value.isBlank()) {
      throw new FerretException(ErrorCode.USAGE, name + " is not set; see \"Add Ferret to Slack\" in the README");
    }
    return value;
  }

  @Override
  public void close() throws Exception {
    try {
      connection.close();
    } finally {
      if (app != null) {
        app.close();
      }
    }
  }
}
