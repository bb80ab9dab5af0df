package io.ferret.cli.sql;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.ferret.cli.text.JsonStyle;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Streams a query result as one JSON document:
 *
 * <pre>{@code
 * {"columns": [{"name": "region", "type": "VARCHAR"}, ...],
 *  "rows": [{"region": "EMEA", ...}, ...],
 *  "row_count": 4}
 * }</pre>
 *
 * <p>Numbers and booleans stay JSON numbers and booleans, JSON columns are embedded as JSON, timestamps are
 * ISO-8601 strings, and non-finite doubles are the strings "NaN", "Infinity" and "-Infinity".
 */
public final class JsonResultWriter {
  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private JsonResultWriter() {}

  public static void write(ResultSet result, PrintWriter out) throws SQLException {
    ResultColumns columns = ResultColumns.of(result.getMetaData());
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.setPrettyPrinter(JsonStyle.prettyPrinter());
      json.writeStartObject();
      json.writeArrayFieldStart("columns");
      for (int c = 0; c < columns.size(); c++) {
        json.writeStartObject();
        json.writeStringField("name", columns.names().get(c));
        json.writeStringField("type", columns.typeNames().get(c));
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("rows");
      long rows = 0;
      while (result.next()) {
        json.writeStartObject();
        for (int c = 0; c < columns.size(); c++) {
          json.writeFieldName(columns.names().get(c));
          writeValue(json, ResultValues.read(result, c + 1, columns.typeNames().get(c)));
        }
        json.writeEndObject();
        rows++;
      }
      json.writeEndArray();
      json.writeNumberField("row_count", rows);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON failed", e);
    }
    out.println();
  }

  private static void writeValue(JsonGenerator json, Object value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof Boolean b) {
      json.writeBoolean(b);
    } else if (value instanceof Long l) {
      json.writeNumber(l);
    } else if (value instanceof BigInteger i) {
      json.writeNumber(i);
    } else if (value instanceof BigDecimal d) {
      json.writeNumber(d);
    } else if (value instanceof Double d) {
      if (Double.isFinite(d)) {
        json.writeNumber(d);
      } else {
        json.writeString(d.toString());
      }
    } else if (value instanceof LocalDateTime t) {
      json.writeString(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t));
    } else if (value instanceof OffsetDateTime t) {
      json.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t));
    } else if (value instanceof LocalDate d) {
      json.writeString(d.toString());
    } else if (value instanceof ResultValues.JsonText text) {
      json.writeRawValue(text.json());
    } else {
      json.writeString(value.toString());
    }
  }
}
