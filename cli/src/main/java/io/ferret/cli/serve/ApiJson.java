package io.ferret.cli.serve;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The JSON of {@code ferret serve}'s HTTP API: snake_case keys, as in every JSON Ferret writes. */
public final class ApiJson {
  /**
   * Unknown keys are tolerated when reading, so that an older {@code ferret status} can read a newer server's
   * answer.
   */
  public static final ObjectMapper MAPPER = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private ApiJson() {}
}
