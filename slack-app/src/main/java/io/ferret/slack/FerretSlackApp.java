package io.ferret.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import io.ferret.investigator.AskOptions;
import io.ferret.investigator.Finding;
import io.ferret.investigator.Investigation;
import io.ferret.investigator.Investigator;
import io.ferret.investigator.digest.DigestSink;
import io.ferret.investigator.question.Interpretation;
import io.ferret.ml.Predicate;
import io.ferret.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ferret as a Bolt app: {@code /ferret}, mentions, DMs, thread follow-ups and the answer's buttons. Every
 * handler acks at once and investigates on its own threads; run it with {@link SlackHttpServer} or
 * {@link SocketMode}.
 */
public final class FerretSlackApp implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FerretSlackApp.class);
  private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");
  private static final String USAGE = "Ask me a question about your data, e.g. `/ferret why did revenue drop last"
      + " week?`";

  private final SlackSettings settings;
  private final Investigator investigator;
  private final SlackWeb web;
  private final App app;
  private final RecentQuestions recent = new RecentQuestions();
  private final FeedbackStore feedback;
  private final ExecutorService questions;
  private final ExecutorService updates;
  private final QuestionFlow flow;
  private volatile String botUser = "";

  /** The app over {@code store}, with Web API calls sent to {@code settings.apiUrl()} when set. */
  public FerretSlackApp(Store store, Investigator investigator, SlackSettings settings) {
    this.settings = settings;
    this.investigator = investigator;
    SlackConfig config = new SlackConfig();
    if (settings.apiUrl() != null) {
      config.setMethodsEndpointUrlPrefix(settings.apiUrl().endsWith("/") ? settings.apiUrl()
          : settings.apiUrl() + "/");
    }
    Slack slack = Slack.getInstance(config);
    this.web = new SlackWeb(slack.methods(settings.botToken()));
    this.feedback = new FeedbackStore(store, Clock.systemUTC());
    this.questions = Executors.newFixedThreadPool(settings.questionsAtOnce(), daemon("ferret-slack-question"));
    this.updates = Executors.newCachedThreadPool(daemon("ferret-slack-update"));
    this.flow = new QuestionFlow(web, recent, updates);
    AppConfig.AppConfigBuilder appConfig = AppConfig.builder().slack(slack).singleTeamBotToken(settings.botToken());
    if (settings.signingSecret() != null) {
      appConfig.signingSecret(settings.signingSecret());
    }
    this.app = new App(appConfig.build());
    register();
  }

  /**
   * Checks the bot token with auth.test and warns when no allow-list is configured.
   *
   * @throws SlackStartupException when Slack rejects the token
   */
  public FerretSlackApp start() {
    // charts are drawn into images only; without this, AWT would look for the display named in $DISPLAY
    System.setProperty("java.awt.headless", "true");
    try {
      botUser = web.authTest();
    } catch (SlackCallException e) {
      throw new SlackStartupException("Slack rejected the bot token (" + e.error() + "): check SLACK_BOT_TOKEN is"
          + " the app's Bot User OAuth Token (xoxb-…) and that the app is installed in the workspace", e);
    }
    if (settings.access().isOpen()) {
      LOG.warn("no slack.channels allow-list is configured: every channel may ask about every table");
    }
    app.start();
    return this;
  }

  /** Where scheduled digests go when this app runs: a message per channel, with "Dig deeper" buttons. */
  public DigestSink digests() {
    return new SlackDigests(web);
  }

  /** The Bolt app, to run requests through. */
  public App bolt() {
    return app;
  }

  private void register() {
    app.command("/ferret", (req, ctx) -> {
      SlashCommandPayload command = req.getPayload();
      String question = command.getText() == null ? "" : command.getText().strip();
      if (question.isEmpty()) {
        return ctx.ack(USAGE);
      }
      Consumer<String> notice = text -> respond(ctx::respond, text);
      Conversation where = new Conversation(command.getChannelId(), null, command.getUserId(), notice);
      submit(where, question, () -> ask(where, isDirect(command.getChannelId()), question));
      return ctx.ack();
    });
    app.event(AppMentionEvent.class, (payload, ctx) -> {
      AppMentionEvent mention = payload.getEvent();
      String thread = mention.getThreadTs() != null ? mention.getThreadTs() : mention.getTs();
      Conversation where = new Conversation(mention.getChannel(), thread, mention.getUser(), null);
      String text = withoutMentions(mention.getText());
      submit(where, text, () -> askOrFollowUp(where, false, text, mention.getThreadTs()));
      return ctx.ack();
    });
    app.event(MessageEvent.class, (payload, ctx) -> {
      MessageEvent message = payload.getEvent();
      boolean direct = "im".equals(message.getChannelType());
      boolean inThread = message.getThreadTs() != null && !message.getThreadTs().equals(message.getTs());
      // mentions are answered by the app_mention handler; the bot's own posts come back here too
      if (message.getBotId() != null || message.getSubtype() != null || message.getText() == null
          || (!botUser.isEmpty() && message.getText().contains("<@" + botUser))) {
        return ctx.ack();
      }
      if (inThread && recent.byThread(message.getChannel(), message.getThreadTs()).isPresent() || direct) {
        Conversation where = new Conversation(message.getChannel(), inThread ? message.getThreadTs() : null,
            message.getUser(), null);
        String text = message.getText().strip();
        submit(where, text, () -> askOrFollowUp(where, direct, text, inThread ? message.getThreadTs() : null));
      }
      return ctx.ack();
    });
    button(AnswerMessage.SHOW_EVIDENCE, (action, asked) -> web.post(asked.channel(), asked.threadTs(),
        AnswerMessage.evidence(asked.investigation())));
    button(AnswerMessage.DIG_DEEPER, this::digDeeper);
    app.blockAction(SlackDigests.DIG_DEEPER, (req, ctx) -> {
      BlockActionPayload action = req.getPayload();
      // the digest's own message is the thread the follow-up investigation goes to
      Conversation where = new Conversation(action.getChannel().getId(),
          action.getMessage() != null ? action.getMessage().getTs() : null, action.getUser().getId(), null);
      String question = action.getActions().get(0).getValue();
      submit(where, SlackDigests.DIG_DEEPER, () -> ask(where, false, question));
      return ctx.ack();
    });
    button(AnswerMessage.HELPFUL, (action, asked) -> vote(action, asked, true));
    button(AnswerMessage.NOT_HELPFUL, (action, asked) -> vote(action, asked, false));
  }

  private void askOrFollowUp(Conversation where, boolean direct, String text, String threadTs) {
    Optional<Asked> earlier = threadTs == null ? Optional.empty() : recent.byThread(where.channel(), threadTs);
    if (earlier.isPresent()) {
      followUp(where, earlier.get(), text);
    } else {
      ask(where, direct, text);
    }
  }

  private void ask(Conversation where, boolean direct, String question) {
    if (question.isEmpty()) {
      flow.tell(where, USAGE);
      return;
    }
    Optional<List<String>> tables = settings.access().tables(where.channel(), direct);
    if (tables.isEmpty()) {
      flow.tell(where, Refusals.channel());
      return;
    }
    AskOptions options = new AskOptions(tables.get().size() == 1 ? tables.get().get(0) : null, null);
    flow.answer(where, question, tables.get(), progress -> investigator.ask(question, options, progress));
  }

  /**
   * A reply in an answer's thread, read together with the question it follows ({@link FollowUps}), about the
   * same table.
   */
  private void followUp(Conversation where, Asked asked, String text) {
    Investigation earlier = asked.investigation();
    String question = FollowUps.question(earlier, text);
    String table = earlier.interpretation() != null ? earlier.interpretation().table()
        : asked.tables().size() == 1 ? asked.tables().get(0) : null;
    AskOptions options = new AskOptions(table, null);
    flow.answer(where, question, asked.tables(), progress -> investigator.ask(question, options, progress));
  }

  /** The same question, within the finding's segment. */
  private void digDeeper(BlockActionPayload action, Asked asked) {
    int rank = Integer.parseInt(action.getActions().get(0).getValue().split(":", 2)[1]);
    Investigation earlier = asked.investigation();
    Finding finding = earlier.findings().stream().filter(f -> f.rank() == rank).findFirst().orElseThrow();
    Interpretation scope = earlier.interpretation();
    List<Predicate> filters = new ArrayList<>(scope.filters());
    finding.segment().stream().filter(p -> !filters.contains(p)).forEach(filters::add);
    Interpretation deeper = new Interpretation(scope.table(), scope.kind(), scope.metric(), scope.direction(),
        filters, scope.timeColumn(), scope.comparison(), scope.groupBy(), scope.notes());
    String question = earlier.question() + " (within: " + finding.statement() + ")";
    Conversation where = new Conversation(asked.channel(), asked.threadTs(), action.getUser().getId(), null);
    flow.answer(where, question, asked.tables(), progress -> investigator.investigate(deeper, question, progress));
  }

  private void vote(BlockActionPayload action, Asked asked, boolean helpful) {
    feedback.record(action.getUser().getId(), asked.channel(), asked.investigation().question(), helpful);
    web.postEphemeral(asked.channel(), action.getUser().getId(), "Thanks, your feedback is noted.");
  }

  /**
   * Acks the button at once, then runs {@code act} on the investigation it belongs to, or says that one is no
   * longer remembered.
   */
  private void button(String actionId, BiConsumer<BlockActionPayload, Asked> act) {
    app.blockAction(actionId, (req, ctx) -> {
      BlockActionPayload action = req.getPayload();
      String key = action.getActions().get(0).getValue().split(":", 2)[0];
      Conversation where = new Conversation(action.getChannel().getId(),
          action.getMessage() != null ? action.getMessage().getTs() : null, action.getUser().getId(), null);
      submit(where, actionId, () -> recent.byKey(key).ifPresentOrElse(asked -> act.accept(action, asked),
          () -> flow.tell(where, "I no longer remember that answer. Please ask the question again.")));
      return ctx.ack();
    });
  }

  /** Runs {@code task} on a question thread; a failure is logged and told to the asker as an error id. */
  private void submit(Conversation where, String what, Runnable task) {
    questions.execute(() -> {
      try {
        task.run();
      } catch (RuntimeException e) {
        flow.internalError(where, what, e);
      }
    });
  }

  @FunctionalInterface
  private interface Responder {
    Object respond(String text) throws IOException;
  }

  private static void respond(Responder responder, String text) {
    try {
      responder.respond(text);
    } catch (IOException e) {
      throw new UncheckedIOException("answering through the response URL failed", e);
    }
  }

  private static boolean isDirect(String channel) {
    return channel != null && channel.startsWith("D");
  }

  private static String withoutMentions(String text) {
    return text == null ? "" : MENTION.matcher(text).replaceAll("").strip();
  }

  private static ThreadFactory daemon(String name) {
    ThreadFactory threads = Executors.defaultThreadFactory();
    return task -> {
      Thread thread = threads.newThread(task);
      thread.setName(name + "-" + thread.getId());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Stops taking questions and waits briefly for those under way. */
  @Override
  public void close() {
    questions.shutdown();
    try {
      questions.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    updates.shutdownNow();
    app.stop();
  }
}
