package io.ferret.ingest.source;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * An accepted event: a JSON object and its position in the source.
 *
 * <p>Numbers keep their full value: integers beyond int64 arrive as BigInteger nodes and decimals beyond
 * double as BigDecimal nodes, so nothing is rounded before the schema evolver sees it.
 */
public record Event(ObjectNode fields, String position) implements SourceRecord {
  public Event {
    Objects.requireNonNull(fields, "fields is null");
    Objects.requireNonNull(position, "position is null");
  }
}
