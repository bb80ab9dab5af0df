package io.ferret.cli.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.ferret.cli.text.JsonStyle;
import java.io.PrintWriter;

/**
 * Prints a {@link StoreDescription} as JSON with snake_case keys. The structure is stable: every key is always
 * present (null when unknown), except {@code history}, which appears only when asked for.
 */
public final class SchemaJsonRenderer {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .build();

  private SchemaJsonRenderer() {}

  public static void render(StoreDescription store, PrintWriter out) {
    try {
      out.println(JSON.writer(JsonStyle.prettyPrinter()).writeValueAsString(store));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("schema descriptions are plain records and always serialise", e);
    }
  }
}
