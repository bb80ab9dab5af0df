package io.ferret.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.investigator.InvestigatorSettings;
import io.ferret.investigator.digest.Digest;
import io.ferret.investigator.digest.DigestRunner;
import io.ferret.investigator.digest.DigestSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A digest posted through the real app: one message per channel, and its "Dig deeper" asks in the thread. */
class SlackDigestsTest {
  private static final Duration WAIT = Duration.ofSeconds(60);

  @TempDir Path folder;

  @Test
  void aDigestIsOneMessageWithItsAnomaliesAndDigDeeperAsksWhyInItsThread() throws Exception {
    try (SlackFixture fixture = new SlackFixture(folder)) {
      // the demo's EMEA partner orders collapse from Nov 9; Saturday Nov 14 is one of the days
      Digest digest = new DigestRunner(fixture.store, InvestigatorSettings.defaults())
          .run(DigestSettings.everything("daily"), LocalDate.parse("2026-11-14"), false);
      assertFalse(digest.allClear());

      fixture.app.digests().post(digest, List.of(SlackFixture.ORDERS_CHANNEL));

      List<FakeSlack.Call> posts = fixture.slack.calls("chat.postMessage");
      assertEquals(1, posts.size(), posts.toString());
      FakeSlack.Call post = posts.get(0);
      assertEquals(SlackFixture.ORDERS_CHANNEL, post.param("channel"));
      assertTrue(post.param("text").startsWith("Digest daily for Sat Nov 14, 2026 (UTC): "), post.param("text"));
      assertTrue(post.param("text").contains("region = EMEA: revenue in orders fell"), post.param("text"));
      assertTrue(post.blockText().contains("region = EMEA: revenue in orders fell"), post.blockText());
      String question = SlackDigests.question(digest.anomalies().stream()
          .filter(a -> a.segment().toString().contains("EMEA")).findFirst().orElseThrow());
      assertTrue(post.param("blocks").contains(SlackDigests.DIG_DEEPER), post.param("blocks"));
      assertTrue(post.param("blocks").contains(question), post.param("blocks"));

      String ts = "1700000000.000100";
      fixture.postForm(fixture.buttonPress(SlackFixture.ORDERS_CHANNEL, ts, SlackDigests.DIG_DEEPER, question));
      FakeSlack.Call answer = fixture.slack.await("chat.update", c -> c.param("channel")
          .equals(SlackFixture.ORDERS_CHANNEL) && !c.param("text").startsWith("Investigating")
          && c.param("text").contains("EMEA"), WAIT);
      assertTrue(answer.param("text").contains("fell"), answer.param("text"));
    }
  }
}
