package io.ferret.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.investigator.AskOptions;
import io.ferret.investigator.Finding;
import io.ferret.investigator.Investigation;
import io.ferret.investigator.InvestigationStatus;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.sql.ResultSet;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlackAppTest {
  private static final String QUESTION = "why did revenue drop this week?";
  private static final String LOOKUP = "what was revenue this week?";
  private static final String THREAD = "C0THREAD";
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final Map<String, FakeSlack.Call> ANSWERS = new HashMap<>();

  @TempDir
  static Path folder;
  private static SlackFixture fixture;

  @BeforeAll
  static void start() throws Exception {
    fixture = new SlackFixture(folder);
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @Test
  void slashCommandIsAckedThenAnsweredWithProgressFindingsAndCharts() throws Exception {
    Investigation expected = fixture.investigator.ask(QUESTION, new AskOptions("orders", null));
    assertEquals(InvestigationStatus.ANSWERED, expected.status(), expected.summary());
    Finding top = expected.findings().get(0);

    long start = System.nanoTime();
    String channel = SlackFixture.ORDERS_CHANNEL;
    HttpResponse<String> ack = fixture.postForm(fixture.command(channel, QUESTION));
    long ackMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();

    assertEquals(200, ack.statusCode(), ack.body());
    assertTrue(ackMillis < 3_000, "acked in " + ackMillis + " ms");
    fixture.slack.await("chat.postMessage", c -> c.param("channel").equals(channel)
        && c.param("text").startsWith("Investigating") && c.param("text").contains(QUESTION), WAIT);
    FakeSlack.Call answer = fixture.slack.await("chat.update", c -> c.param("channel").equals(channel)
        && c.param("blocks").contains("ferret_dig_deeper"), WAIT);
    assertTrue(fixture.slack.calls("chat.update").stream().anyMatch(c -> c.param("channel").equals(channel)
        && c.param("text").matches("(?s).*\\d+ of \\d+ probes done.*")), "a progress update");
    String blocks = answer.blockText();
    assertTrue(blocks.contains(Mrkdwn.escape(top.statement())), blocks);
    assertTrue(blocks.contains("confidence ("), blocks);
    assertTrue(blocks.contains(Mrkdwn.escape(expected.summary())), blocks);
    // the numbers are in the text too, for notifications, search and screen readers
    assertTrue(answer.param("text").replaceAll("\\s+", " ").contains(top.statement().substring(0, 40)),
        answer.param("text"));

    // files.uploadV2: an upload URL per chart, the bytes posted to it, then one completion naming both files
    FakeSlack.Call completed = fixture.slack.await("files.completeUploadExternal",
        c -> c.param("channel_id").equals(channel), WAIT);
    assertEquals(answer.param("ts"), completed.param("thread_ts"));
    List<String> files = fixture.slack.calls("files.getUploadURLExternal").stream()
        .filter(c -> completed.param("files").contains(fileIdOf(c))).peek(c -> assertTrue(
            !c.param("alt_txt").isBlank(), "every chart has a description")).map(SlackAppTest::fileIdOf).toList();
    assertEquals(2, files.size(), completed.toString());
    assertTrue(fixture.slack.calls("upload").stream().map(c -> c.param("file_id")).toList().containsAll(files));
  }

  @Test
  void mentionIsAnsweredInItsThread() throws Exception {
    String channel = "C0MENTION";
    Investigation expected = fixture.investigator.ask(LOOKUP, new AskOptions("orders", null));

    HttpResponse<String> ack = fixture.postJson(SlackFixture.event("{\"type\":\"app_mention\",\"user\":\"U1\","
        + "\"text\":\"<@UBOT> " + LOOKUP + "\",\"ts\":\"1700000000.000001\",\"channel\":\"" + channel
        + "\",\"event_ts\":\"1700000000.000001\"}"));

    assertEquals(200, ack.statusCode(), ack.body());
    fixture.slack.await("chat.postMessage", c -> c.param("channel").equals(channel)
        && c.param("thread_ts").equals("1700000000.000001") && c.param("text").contains(LOOKUP), WAIT);
    FakeSlack.Call answer = fixture.slack.await("chat.update", c -> c.param("channel").equals(channel)
        && !c.param("text").startsWith("Investigating"), WAIT);
    assertTrue(answer.blockText().contains(Mrkdwn.escape(expected.summary())), answer.blockText());
  }

  @Test
  void directMessageIsAnsweredWithTheLookupsTable() throws Exception {
    String question = "revenue by region this week";
    Investigation expected = fixture.investigator.ask(question, new AskOptions("orders", null));
    assertTrue(expected.rows().size() > 1, expected.toString());

    fixture.postJson(SlackFixture.event("{\"type\":\"message\",\"channel_type\":\"im\",\"user\":\"U1\","
        + "\"text\":\"" + question + "\",\"ts\":\"1700000000.000002\",\"channel\":\"" + SlackFixture.DM
        + "\",\"event_ts\":\"1700000000.000002\"}"));

    FakeSlack.Call answer = fixture.slack.await("chat.update", c -> c.param("channel").equals(SlackFixture.DM)
        && !c.param("text").startsWith("Investigating"), WAIT);
    assertTrue(answer.blockText().contains(Mrkdwn.escape(expected.summary())), answer.blockText());
    for (Map<String, Object> row : expected.rows()) {
      assertTrue(row.get("region") instanceof String region && answer.blockText().contains(region),
          row + " in " + answer.blockText());
    }
  }

  @Test
  void threadReplyIsAFollowUpOfThatThreadsQuestion() throws Exception {
    FakeSlack.Call first = answerIn(THREAD);
    String thread = first.param("ts");
    String followUp = QUESTION + " what about EMEA?";
    Investigation expected = fixture.investigator.ask(followUp, new AskOptions("orders", null));
    assertTrue(expected.interpretation().filters().toString().contains("EMEA"), expected.toString());

    fixture.postJson(SlackFixture.event("{\"type\":\"message\",\"channel_type\":\"channel\",\"user\":\"U1\","
        + "\"text\":\"what about EMEA?\",\"ts\":\"1700000001.000001\",\"thread_ts\":\"" + thread + "\","
        + "\"channel\":\"" + THREAD + "\",\"event_ts\":\"1700000001.000001\"}"));

    fixture.slack.await("chat.postMessage", c -> c.param("channel").equals(THREAD)
        && c.param("thread_ts").equals(thread) && c.param("text").contains(followUp), WAIT);
    FakeSlack.Call answer = fixture.slack.await("chat.update", c -> c.param("channel").equals(THREAD)
        && !c.param("ts").equals(thread) && c.blockText().contains(Mrkdwn.escape(expected.summary())), WAIT);
    assertTrue(answer.param("text").contains("EMEA"), answer.param("text"));
  }

  @Test
  void buttonsShowEvidenceDigDeeperAndStoreFeedback() throws Exception {
    FakeSlack.Call first = answerIn(THREAD);
    String thread = first.param("ts");
    String key = first.params().get("blocks").replaceAll("(?s).*\"value\":\"(q\\d+)\".*", "$1");

    fixture.postForm(fixture.buttonPress(THREAD, thread, AnswerMessage.SHOW_EVIDENCE, key));
    FakeSlack.Call evidence = fixture.slack.await("chat.postMessage", c -> c.param("channel").equals(THREAD)
        && c.param("thread_ts").equals(thread) && c.param("text").startsWith("Evidence for"), WAIT);
    assertTrue(evidence.param("text").contains("SELECT"), evidence.param("text"));

    fixture.postForm(fixture.buttonPress(THREAD, thread, AnswerMessage.HELPFUL, key));
    fixture.postForm(fixture.buttonPress(THREAD, thread, AnswerMessage.NOT_HELPFUL, key));
    fixture.slack.await("chat.postEphemeral", c -> fixture.slack.calls("chat.postEphemeral").size() == 2, WAIT);
    try (PreparedStatement select = fixture.store.connection().prepareStatement("SELECT helpful, count(*) FROM "
        + FeedbackStore.TABLE + " WHERE question = ? GROUP BY helpful ORDER BY helpful")) {
      select.setString(1, QUESTION);
      try (ResultSet votes = select.executeQuery()) {
        assertTrue(votes.next());
        assertEquals("false 1", votes.getBoolean(1) + " " + votes.getLong(2));
        assertTrue(votes.next());
        assertEquals("true 1", votes.getBoolean(1) + " " + votes.getLong(2));
      }
    }

    fixture.postForm(fixture.buttonPress(THREAD, thread, AnswerMessage.DIG_DEEPER, key + ":1"));
    fixture.slack.await("chat.postMessage", c -> c.param("thread_ts").equals(thread)
        && c.param("text").contains("(within: "), WAIT);
    FakeSlack.Call deeper = fixture.slack.await("chat.update", c -> c.param("channel").equals(THREAD)
        && !c.param("ts").equals(thread) && c.param("text").contains("EMEA")
        && !c.param("text").startsWith("Investigating"), WAIT);
    assertTrue(deeper.param("text").contains("EMEA"), deeper.param("text"));
  }

  @Test
  void channelOffTheAllowListIsPolitelyRefused() throws Exception {
    fixture.postForm(fixture.command("C0THER", QUESTION));

    FakeSlack.Call refusal = fixture.slack.await("respond", c -> c.body().contains("set up to answer"), WAIT);
    assertTrue(refusal.body().contains("allow-list"), refusal.body());
    assertTrue(fixture.slack.calls("chat.postMessage").stream().noneMatch(c -> c.param("channel").equals("C0THER")));
  }

  @Test
  void rateLimitedPostIsRetriedAfterRetryAfter() throws Exception {
    fixture.slack.failNext("chat.postMessage", "C0RATE",
        new FakeSlack.Reply(429, "{\"ok\":false,\"error\":\"ratelimited\"}", Map.of("Retry-After", "1")));

    fixture.postForm(fixture.command("C0RATE", LOOKUP));

    fixture.slack.await("chat.update", c -> c.param("channel").equals("C0RATE")
        && !c.param("text").startsWith("Investigating"), WAIT);
    assertEquals(2, fixture.slack.calls("chat.postMessage").stream()
        .filter(c -> c.param("channel").equals("C0RATE")).count());
  }

  @Test
  void notInChannelAsksTheUserToInviteTheBot() throws Exception {
    fixture.slack.failNext("chat.postMessage", "C0INVITE",
        new FakeSlack.Reply(200, "{\"ok\":false,\"error\":\"not_in_channel\"}", Map.of()));

    fixture.postForm(fixture.command("C0INVITE", LOOKUP));

    FakeSlack.Call notice = fixture.slack.await("respond", c -> c.body().contains("/invite"), WAIT);
    assertTrue(notice.body().contains("Invite me"), notice.body());
  }

  @Test
  void twentyConcurrentQuestionsAreAllAnswered() throws Exception {
    String channel = "C0BUSY";
    ExecutorService askers = Executors.newFixedThreadPool(20);
    try {
      List<Future<HttpResponse<String>>> acks = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        acks.add(askers.submit(() -> fixture.postForm(fixture.command(channel, LOOKUP))));
      }
      for (Future<HttpResponse<String>> ack : acks) {
        assertEquals(200, ack.get().statusCode());
      }
    } finally {
      askers.shutdown();
    }

    fixture.slack.await("chat.update", c -> answeredIn(channel) == 20, WAIT);
    assertEquals(20, fixture.slack.calls("chat.postMessage").stream()
        .filter(c -> c.param("channel").equals(channel)).count());
  }

  @Test
  void invalidAuthIsAClearStartupError() throws Exception {
    try (FakeSlack rejecting = new FakeSlack()) {
      rejecting.rejectToken();
      FerretSlackApp app = new FerretSlackApp(fixture.store, fixture.investigator,
          new SlackSettings("xoxb-revoked", SlackFixture.SECRET, null, rejecting.apiUrl(), ChannelAccess.open(), 1));

      SlackStartupException e = assertThrows(SlackStartupException.class, app::start);

      assertTrue(e.getMessage().contains("invalid_auth") && e.getMessage().contains("SLACK_BOT_TOKEN"),
          e.getMessage());
      app.close();
    }
  }

  /** The file id the fake handed out for this upload URL request, by the order it answered them. */
  private static String fileIdOf(FakeSlack.Call urlRequest) {
    return urlRequest.param("file_id");
  }

  /** Distinct messages in {@code channel} that were replaced by an answer. */
  private static long answeredIn(String channel) {
    return fixture.slack.calls("chat.update").stream().filter(c -> c.param("channel").equals(channel)
        && !c.param("text").startsWith("Investigating")).map(c -> c.param("ts")).distinct().count();
  }

  /** The answer to {@link #QUESTION} asked in {@code channel}, asked once per channel. */
  private static synchronized FakeSlack.Call answerIn(String channel) throws Exception {
    FakeSlack.Call known = ANSWERS.get(channel);
    if (known == null) {
      fixture.postForm(fixture.command(channel, QUESTION));
      known = fixture.slack.await("chat.update", c -> c.param("channel").equals(channel)
          && c.param("blocks").contains("ferret_dig_deeper"), WAIT);
      ANSWERS.put(channel, known);
    }
    return known;
  }

  @Test
  void badSignatureIsRejected() throws Exception {
    HttpResponse<String> response = fixture.post(fixture.command(SlackFixture.ORDERS_CHANNEL, QUESTION),
        "application/x-www-form-urlencoded", Instant.now(), "not-the-secret");

    assertEquals(401, response.statusCode());
  }

  @Test
  void timestampOlderThanFiveMinutesIsRejected() throws Exception {
    HttpResponse<String> response = fixture.post(fixture.command(SlackFixture.ORDERS_CHANNEL, QUESTION),
        "application/x-www-form-urlencoded", Instant.now().minusSeconds(6 * 60), SlackFixture.SECRET);

    assertEquals(401, response.statusCode());
  }
}
