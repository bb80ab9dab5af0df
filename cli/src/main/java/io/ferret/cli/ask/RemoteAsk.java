package io.ferret.cli.ask;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.cli.ExitCodes;
import io.ferret.cli.serve.ApiJson;
import io.ferret.cli.serve.ServerClient;
import io.ferret.investigator.AskOptions;
import io.ferret.investigator.InvestigationStatus;
import io.ferret.investigator.answer.AnswerFormat;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/** {@code ferret ask --server}: the same question and output, answered by a running {@code ferret serve}. */
final class RemoteAsk {
  /** Longer than the investigator's own overall deadline, so the server's answer, even a timeout, gets back. */
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private RemoteAsk() {}

  static int ask(ServerClient server, String question, AskOptions options, AnswerFormat format, boolean explain,
      PrintWriter out, PrintWriter err) {
    ObjectNode request = ApiJson.MAPPER.createObjectNode()
        .put("question", question)
        .put("format", format.name().toLowerCase(Locale.ROOT))
        .put("explain", explain);
    if (options.table() != null) {
      request.put("table", options.table());
    }
    if (options.asOf() != null) {
      request.put("as_of", options.asOf().toString());
    }
    JsonNode reply = parse(server, server.postJson("/ask", request.toString(), TIMEOUT));
    if (format == AnswerFormat.JSON) {
      out.println(reply.toPrettyString());
    } else {
      out.print(reply.path("answer").asText());
    }
    out.flush();
    if (InvestigationStatus.ERROR.jsonName().equals(reply.path("status").asText())) {
      err.println("ferret: " + errorOf(reply));
      err.flush();
      return ExitCodes.FAILURE;
    }
    return ExitCodes.OK;
  }

  /** The contract keeps the message under error.message; the envelope of other formats under error. */
  private static String errorOf(JsonNode reply) {
    JsonNode error = reply.path("error");
    return error.isObject() ? error.path("message").asText() : error.asText("the server's investigation failed");
  }

  private static JsonNode parse(ServerClient server, String body) {
    try {
      return ApiJson.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw new FerretException(ErrorCode.INPUT,
          server.address() + "/ask answered with something other than JSON: " + e.getOriginalMessage(), e);
    }
  }
}
