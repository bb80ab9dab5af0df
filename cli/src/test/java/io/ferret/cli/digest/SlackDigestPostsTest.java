package io.ferret.cli.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import io.ferret.investigator.Investigator;
import io.ferret.investigator.InvestigatorSettings;
import io.ferret.slack.ChannelAccess;
import io.ferret.slack.FerretSlackApp;
import io.ferret.slack.SlackSettings;
import io.ferret.store.Store;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restarts of the digest scheduler post each window once, counted where Slack would receive the posts. */
class SlackDigestPostsTest {
  @TempDir Path folder;

  @Test
  void restartsDuringAndAfterARunGiveOnePostPerWindowAtTheSlackServer() throws Exception {
    AtomicInteger posts = new AtomicInteger();
    AtomicInteger failuresLeft = new AtomicInteger(1);
    HttpServer slack = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    slack.createContext("/", exchange -> {
      String method = exchange.getRequestURI().getPath().substring(1);
      exchange.getRequestBody().readAllBytes();
      // the first post dies mid-call, as a crash during the run would leave it: Slack never got it
      boolean fail = method.equals("chat.postMessage") && failuresLeft.getAndDecrement() > 0;
      if (method.equals("chat.postMessage") && !fail) {
        posts.incrementAndGet();
      }
      byte[] body = (fail ? "{\"ok\":false,\"error\":\"internal_error\"}"
          : "{\"ok\":true,\"user_id\":\"UFERRET\",\"channel\":\"C1\",\"ts\":\"1.1\"}").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    slack.start();
    Path database = folder.resolve("digests.duckdb");
    try (Store store = Store.open(database)) {
      try (Statement statement = store.connection().createStatement()) {
        statement.execute("CREATE TABLE orders AS SELECT TIMESTAMP '2026-09-01 00:00:00' + to_hours(i) AS ts,"
            + " ['EMEA', 'NA'][1 + i % 2] AS region, 10.0 + i % 7 AS amount FROM range(24 * 90) t(i)");
      }
      String url = "http://127.0.0.1:" + slack.getAddress().getPort() + "/";
      DigestConfig daily = DigestConfig.of("daily", "0 8 * * *", "UTC", List.of("orders"), null,
          List.of("C1"), null, null, null);
      Instant due = Instant.parse("2026-11-16T08:00:00Z");
      for (Instant now : List.of(due, due.plusSeconds(60), due.plusSeconds(120))) {
        // a new app and scheduler each time, as a restarted ferret serve has
        try (FerretSlackApp app = new FerretSlackApp(store, new Investigator(store, InvestigatorSettings.defaults()),
            new SlackSettings("xoxb-test", null, null, url, ChannelAccess.open(), 1)).start()) {
          new DigestScheduler(store, InvestigatorSettings.defaults(), List.of(daily), app.digests(),
              Clock.systemUTC()).runDue(now);
        }
      }
    } finally {
      slack.stop(0);
    }
    assertEquals(1, posts.get(), "one post for Nov 15, after a failed first attempt and two restarts");
  }
}
