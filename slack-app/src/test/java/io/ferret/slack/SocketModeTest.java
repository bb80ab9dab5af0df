package io.ferret.slack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.investigator.AskOptions;
import io.ferret.investigator.Investigation;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SocketModeTest {
  private static final String LOOKUP = "what was revenue this week?";

  @TempDir
  Path folder;

  @Test
  void slashCommandOverSocketModeIsAckedAndAnswered() throws Exception {
    try (SlackFixture fixture = new SlackFixture(folder)) {
      Investigation expected = fixture.investigator.ask(LOOKUP, new AskOptions("orders", null));
      String envelope = "{\"envelope_id\":\"env-1\",\"type\":\"slash_commands\",\"accepts_response_payload\":true,"
          + "\"payload\":{\"token\":\"x\",\"team_id\":\"T1\",\"channel_id\":\"" + SlackFixture.ORDERS_CHANNEL + "\","
          + "\"channel_name\":\"general\",\"user_id\":\"U1\",\"command\":\"/ferret\",\"text\":\"" + LOOKUP + "\","
          + "\"response_url\":\"" + fixture.slack.base() + "/respond/3\",\"trigger_id\":\"1.2.3\"}}";
      FakeSocketMode socketServer = new FakeSocketMode(envelope);
      socketServer.start();
      try {
        awaitListening(socketServer);
        fixture.slack.socketUrl(socketServer.url());
        try (SocketMode socket = new SocketMode(fixture.app.bolt(), "xapp-test")) {
          FakeSlack.Call answer = fixture.slack.await("chat.update", c -> c.param("channel")
              .equals(SlackFixture.ORDERS_CHANNEL) && !c.param("text").startsWith("Investigating"),
              Duration.ofSeconds(60));

          assertTrue(answer.blockText().contains(Mrkdwn.escape(expected.summary())), answer.blockText());
          assertTrue(fixture.slack.calls("apps.connections.open").size() >= 1, "the socket URL was asked for");
          assertTrue(socketServer.received.stream().anyMatch(m -> m.contains("\"envelope_id\":\"env-1\"")),
              "the envelope was acked: " + socketServer.received);
        }
      } finally {
        socketServer.stop(1_000);
      }
    }
  }

  private static void awaitListening(FakeSocketMode server) throws InterruptedException {
    for (int i = 0; i < 100 && server.getPort() == 0; i++) {
      Thread.sleep(20);
    }
  }
}
