package io.ferret.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.investigator.AskOptions;
import io.ferret.investigator.Finding;
import io.ferret.investigator.Investigation;
import io.ferret.investigator.InvestigationStatus;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlackAppTest {
  private static final String QUESTION = "why did revenue drop this week?";
  private static final Duration WAIT = Duration.ofSeconds(60);

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
    HttpResponse<String> ack = fixture.postForm(fixture.command(SlackFixture.ORDERS_CHANNEL, QUESTION));
    long ackMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();

    assertEquals(200, ack.statusCode(), ack.body());
    assertTrue(ackMillis < 3_000, "acked in " + ackMillis + " ms");
    FakeSlack.Call posted = fixture.slack.await("chat.postMessage",
        c -> c.param("text").startsWith("Investigating") && c.param("text").contains(QUESTION), WAIT);
    String ts = fixture.slack.await("chat.postMessage", c -> c == posted, WAIT).param("channel");
    assertEquals(SlackFixture.ORDERS_CHANNEL, ts);
    FakeSlack.Call answer = fixture.slack.await("chat.update",
        c -> c.param("blocks").contains("ferret_dig_deeper"), WAIT);
    assertTrue(fixture.slack.calls("chat.update").stream()
        .anyMatch(c -> c.param("text").matches("(?s).*\\d+ of \\d+ probes done.*")), "a progress update");
    String blocks = answer.blockText();
    assertTrue(blocks.contains(Mrkdwn.escape(top.statement())), blocks);
    assertTrue(blocks.contains("confidence ("), blocks);
    assertTrue(blocks.contains(Mrkdwn.escape(expected.summary())), blocks);
    // the numbers are in the text too, for notifications, search and screen readers
    assertTrue(answer.param("text").replaceAll("\\s+", " ").contains(top.statement().substring(0, 40)),
        answer.param("text"));

    FakeSlack.Call completed = fixture.slack.await("files.completeUploadExternal", c -> true, WAIT);
    List<FakeSlack.Call> urls = fixture.slack.calls("files.getUploadURLExternal");
    assertEquals(2, urls.size(), urls.toString());
    assertTrue(urls.stream().allMatch(c -> !c.param("alt_txt").isBlank()), "every chart has a description");
    assertEquals(2, fixture.slack.calls("upload").size());
    assertTrue(completed.param("files").contains("\"id\""), completed.toString());
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
