package io.ferret.slack;

import com.slack.api.app_backend.SlackSignature;
import io.ferret.ingest.pipeline.BatchWriter;
import io.ferret.ingest.pipeline.FileIngestor;
import io.ferret.ingest.pipeline.IngestSettings;
import io.ferret.ingest.pipeline.ProgressListener;
import io.ferret.ingest.sample.OrderStreamGenerator;
import io.ferret.ingest.sample.OrderStreamSpec;
import io.ferret.investigator.Investigator;
import io.ferret.investigator.InvestigatorSettings;
import io.ferret.schema.EvolverSettings;
import io.ferret.schema.SchemaEvolver;
import io.ferret.store.Store;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The real app over a real DuckDB file holding the {@code ferret demo} orders (EMEA partner orders drop in the
 * week to Nov 15), served over HTTP, with Slack's Web API played by {@link FakeSlack}.
 */
final class SlackFixture implements AutoCloseable {
  static final String SECRET = "test-signing-secret";
  /** The channel allowed to ask about orders; any other channel is not on the allow-list. */
  static final String ORDERS_CHANNEL = "C0RDERS";
  /** More channels allowed to ask about orders, one per test, so scripted errors meet only their own test. */
  static final List<String> MORE_CHANNELS = List.of("C0MENTION", "C0THREAD", "C0RATE", "C0INVITE", "C0BUSY");
  static final String DM = "D0DIRECT";

  final Store store;
  final Investigator investigator;
  final FakeSlack slack;
  final FerretSlackApp app;
  final SlackHttpServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  SlackFixture(Path folder) throws IOException {
    store = Store.open(folder.resolve("slack.duckdb"));
    Path file = folder.resolve("demo.jsonl");
    OrderStreamGenerator.write(OrderStreamSpec.demo(), file);
    new FileIngestor(store, new BatchWriter(store, new SchemaEvolver(EvolverSettings.defaults())),
        IngestSettings.defaults().withBatchSize(5_000), Clock.systemUTC())
        .ingest("orders", file, false, ProgressListener.SILENT);
    investigator = new Investigator(store, InvestigatorSettings.defaults()
        .withDeadlines(Duration.ofSeconds(20), Duration.ofSeconds(40)));
    slack = new FakeSlack();
    Map<String, List<String>> channels = new java.util.HashMap<>();
    channels.put(ORDERS_CHANNEL, List.of("orders"));
    MORE_CHANNELS.forEach(channel -> channels.put(channel, List.of("orders")));
    ChannelAccess access = new ChannelAccess(channels, List.of("orders"));
    app = new FerretSlackApp(store, investigator,
        new SlackSettings("xoxb-test", SECRET, null, slack.apiUrl(), access, 4)).start();
    server = new SlackHttpServer(app.bolt(), new InetSocketAddress("127.0.0.1", 0));
  }

  /** A slash command's form body, as Slack sends it. */
  String command(String channel, String text) {
    return form(Map.of("token", "x", "team_id", "T1", "channel_id", channel, "channel_name", "general",
        "user_id", "U1", "command", "/ferret", "text", text, "response_url", slack.base() + "/respond/1",
        "trigger_id", "1.2.3"));
  }

  /** Posts {@code body} signed as Slack signs it at {@code timestamp}. */
  HttpResponse<String> post(String body, String contentType, Instant timestamp, String secret) throws Exception {
    String ts = Long.toString(timestamp.getEpochSecond());
    String signature = new SlackSignature.Generator(secret).generate(ts, body);
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
            + SlackHttpServer.PATH))
        .header("Content-Type", contentType)
        .header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, ts)
        .header(SlackSignature.HeaderNames.X_SLACK_SIGNATURE, signature)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> postForm(String body) throws Exception {
    return post(body, "application/x-www-form-urlencoded", Instant.now(), SECRET);
  }

  HttpResponse<String> postJson(String body) throws Exception {
    return post(body, "application/json", Instant.now(), SECRET);
  }

  /** A button press on the answer message {@code messageTs}, as Slack sends it (a form with a JSON payload). */
  String buttonPress(String channel, String messageTs, String actionId, String value) {
    String payload = "{\"type\":\"block_actions\",\"team\":{\"id\":\"T1\"},\"user\":{\"id\":\"U1\"},"
        + "\"api_app_id\":\"A1\",\"token\":\"x\",\"trigger_id\":\"1.2\","
        + "\"container\":{\"type\":\"message\",\"message_ts\":\"" + messageTs + "\",\"channel_id\":\"" + channel
        + "\"},\"channel\":{\"id\":\"" + channel + "\"},\"message\":{\"ts\":\"" + messageTs + "\",\"type\":\"message\"},"
        + "\"response_url\":\"" + slack.base() + "/respond/2\",\"actions\":[{\"action_id\":\"" + actionId
        + "\",\"block_id\":\"b1\",\"type\":\"button\",\"value\":\"" + value + "\",\"action_ts\":\"1.3\"}]}";
    return form(Map.of("payload", payload));
  }

  /** An Events API callback around {@code event}. */
  static String event(String eventJson) {
    return "{\"token\":\"x\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"type\":\"event_callback\","
        + "\"event_id\":\"Ev" + System.nanoTime() + "\",\"event_time\":1700000000,\"event\":" + eventJson + "}";
  }

  static String form(Map<String, String> params) {
    return new LinkedHashMap<>(params).entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  @Override
  public void close() {
    server.close();
    app.close();
    slack.close();
    store.close();
  }
}
