package io.ferret.ml.data;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BaseIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.FloatingPointVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.duckdb.DuckDBResultSet;

/**
 * A query's result read column by column through Arrow: numbers as doubles (NaN for null), text and booleans as
 * Strings (null for null). No row-by-row JDBC reads.
 */
final class ArrowColumns {
  private static final int BATCH_ROWS = 65_536;

  private final List<String> names;
  private final List<Object> columns = new ArrayList<>();
  private int rows;

  private ArrowColumns(List<String> names) {
    this.names = names;
  }

  static ArrowColumns read(SqlRunner sql, String query, List<Object> parameters, BufferAllocator allocator,
      List<String> names, List<Boolean> numeric) {
    ArrowColumns result = new ArrowColumns(names);
    List<double[]> numbers = new ArrayList<>();
    List<List<String>> texts = new ArrayList<>();
    for (int c = 0; c < names.size(); c++) {
      numbers.add(numeric.get(c) ? new double[1024] : null);
      texts.add(numeric.get(c) ? null : new ArrayList<>());
    }
    // a child allocator per read: concurrent loads share the store's root, and a leak would fail here, loudly
    try (BufferAllocator reading = allocator.newChildAllocator("ml-sample", 0, Long.MAX_VALUE);
        PreparedStatement statement = sql.prepare(query, parameters);
        ResultSet resultSet = statement.executeQuery();
        ArrowReader reader =
            (ArrowReader) resultSet.unwrap(DuckDBResultSet.class).arrowExportStream(reading, BATCH_ROWS)) {
      while (reader.loadNextBatch()) {
        VectorSchemaRoot root = reader.getVectorSchemaRoot();
        int batch = root.getRowCount();
        for (int c = 0; c < names.size(); c++) {
          FieldVector vector = root.getVector(c);
          if (numeric.get(c)) {
            numbers.set(c, appendNumbers(numbers.get(c), result.rows, vector, batch));
          } else {
            appendTexts(texts.get(c), vector, batch);
          }
        }
        result.rows += batch;
      }
    } catch (SQLException | IOException e) {
      throw new FerretException(ErrorCode.STORE, "could not read the sample: " + e.getMessage(), e);
    }
    for (int c = 0; c < names.size(); c++) {
      result.columns.add(numeric.get(c) ? Arrays.copyOf(numbers.get(c), result.rows) : texts.get(c));
    }
    return result;
  }

  private static double[] appendNumbers(double[] into, int offset, FieldVector vector, int batch) {
    double[] target =
        into.length >= offset + batch ? into : Arrays.copyOf(into, Math.max(into.length * 2, offset + batch));
    for (int i = 0; i < batch; i++) {
      target[offset + i] = vector.isNull(i) ? Double.NaN : number(vector, i);
    }
    return target;
  }

  /** Typed reads for DuckDB's integer and floating types; only DECIMAL goes through a boxed BigDecimal. */
  private static double number(FieldVector vector, int index) {
    if (vector instanceof FloatingPointVector floating) {
      return floating.getValueAsDouble(index);
    }
    if (vector instanceof BaseIntVector integer) {
      return integer.getValueAsLong(index);
    }
    if (vector instanceof DecimalVector decimal) {
      return decimal.getObject(index).doubleValue();
    }
    throw new FerretException(ErrorCode.INTERNAL, "expected a number column, got " + vector.getMinorType());
  }

  private static void appendTexts(List<String> into, FieldVector vector, int batch) {
    if (vector instanceof VarCharVector text) {
      for (int i = 0; i < batch; i++) {
        into.add(text.isNull(i) ? null : new String(text.get(i), StandardCharsets.UTF_8));
      }
    } else if (vector instanceof BitVector bits) {
      for (int i = 0; i < batch; i++) {
        into.add(bits.isNull(i) ? null : String.valueOf(bits.get(i) == 1));
      }
    } else {
      for (int i = 0; i < batch; i++) {
        into.add(vector.isNull(i) ? null : String.valueOf(vector.getObject(i)));
      }
    }
  }

  int rows() {
    return rows;
  }

  double[] numbers(String name) {
    return (double[]) columns.get(names.indexOf(name));
  }

  @SuppressWarnings("unchecked")
  List<String> texts(String name) {
    return (List<String>) columns.get(names.indexOf(name));
  }
}
