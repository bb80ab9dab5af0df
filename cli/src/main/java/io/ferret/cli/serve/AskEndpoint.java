package io.ferret.cli.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.ferret.FerretException;
import io.ferret.cli.schema.SchemaReader;
import io.ferret.investigator.AskOptions;
import io.ferret.investigator.Investigation;
import io.ferret.investigator.Investigator;
import io.ferret.investigator.answer.AnswerFormat;
import io.ferret.investigator.answer.AnswerRenderer;
import io.ferret.store.Store;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /ask}: takes {@code {"question": "...", "table": "...", "as_of": "2026-11-16T00:00:00Z",
 * "format": "text", "explain": true}} (all but question optional) and answers with the {@code ask} JSON contract,
 * whose {@code status} says how the investigation ended. With a format other than json, the answer rendered in
 * it comes in an envelope, {@code {"question", "status", "format", "answer", "error"}}, so that {@code ferret ask
 * --server} prints what a local ask would. A malformed request gets 400 and the reason.
 */
final class AskEndpoint {
  private final Store store;
  private final Investigator investigator;

  AskEndpoint(Store store, Investigator investigator) {
    this.store = store;
    this.investigator = investigator;
  }

  HttpApi.Reply answer(byte[] body) throws IOException {
    JsonNode request;
    try {
      request = ApiJson.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      return badRequest("the body must be JSON such as {\"question\": \"...\"}");
    }
    if (request == null || !request.path("question").isTextual() || request.path("question").asText().isBlank()) {
      return badRequest("the body must name a question: {\"question\": \"...\"}");
    }
    String table = request.path("table").isTextual() ? request.path("table").asText() : null;
    Instant asOf;
    try {
      asOf = request.path("as_of").isTextual() ? Instant.parse(request.path("as_of").asText()) : null;
    } catch (DateTimeParseException e) {
      return badRequest("as_of must be an ISO-8601 instant such as 2026-11-16T00:00:00Z");
    }
    AnswerFormat format;
    try {
      format = request.path("format").isTextual()
          ? AnswerFormat.valueOf(request.path("format").asText().toUpperCase(Locale.ROOT)) : AnswerFormat.JSON;
    } catch (IllegalArgumentException e) {
      return badRequest("format must be one of text, markdown, html or json");
    }
    boolean explain = request.path("explain").asBoolean(false);
    Investigation investigation;
    // The investigator queries through the store's own connection, on which batches land in transactions;
    // holding the store's lock, as landing does, keeps a question from reading inside a half-landed batch.
    // Ingest waits meanwhile, its partitions pausing if the question takes long.
    synchronized (store) {
      if (table != null) {
        try {
          SchemaReader.requireTable(store, table);
        } catch (FerretException e) {
          return badRequest(e.getMessage());
        }
      }
      investigation = investigator.ask(request.path("question").asText(), new AskOptions(table, asOf));
    }
    String answer = AnswerRenderer.render(investigation, format, explain);
    if (format == AnswerFormat.JSON) {
      return new HttpApi.Reply(200, ApiJson.MAPPER.readTree(answer));
    }
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("question", investigation.question());
    envelope.put("status", investigation.status().jsonName());
    envelope.put("format", format.name().toLowerCase(Locale.ROOT));
    envelope.put("answer", answer);
    if (investigation.error() != null) {
      envelope.put("error", investigation.error());
    }
    return new HttpApi.Reply(200, envelope);
  }

  private static HttpApi.Reply badRequest(String reason) {
    return new HttpApi.Reply(400, HttpApi.error(reason));
  }
}
