package io.ferret.cli.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.cli.serve.ApiJson;
import io.ferret.cli.serve.ServerClient;
import java.time.Duration;

/** Asks a running {@code ferret serve} for its status over its HTTP API. */
final class StatusClient {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private StatusClient() {}

  static StatusReport fetch(ServerClient server) {
    String body = server.get("/status", TIMEOUT);
    try {
      return ApiJson.MAPPER.readValue(body, StatusReport.class);
    } catch (JsonProcessingException e) {
      throw new FerretException(ErrorCode.INPUT,
          server.address() + "/status answered with unexpected JSON: " + e.getOriginalMessage(), e);
    }
  }
}
