package io.ferret.cli.sql;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Streams a query result as RFC 4180 CSV with a header row; NULL is an empty field. */
public final class CsvResultWriter {
  private static final CsvMapper CSV = CsvMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();

  private CsvResultWriter() {}

  public static void write(ResultSet result, PrintWriter out) throws SQLException {
    ResultColumns columns = ResultColumns.of(result.getMetaData());
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    for (String name : columns.names()) {
      schema.addColumn(name);
    }
    try (SequenceWriter writer = CSV.writer(schema.build()).writeValues(out)) {
      while (result.next()) {
        List<String> row = new ArrayList<>(columns.size());
        for (int c = 0; c < columns.size(); c++) {
          row.add(ResultValues.text(ResultValues.read(result, c + 1, columns.typeNames().get(c))));
        }
        writer.write(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing CSV failed", e);
    }
  }
}
