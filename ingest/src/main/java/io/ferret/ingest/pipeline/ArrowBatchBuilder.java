package io.ferret.ingest.pipeline;

import io.ferret.schema.ColumnType;
import io.ferret.schema.ColumnValues;
import io.ferret.schema.EvolutionPlan;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;

/** Lays a planned batch out as an Arrow record batch whose columns match the evolved table by name. */
public final class ArrowBatchBuilder {
  private ArrowBatchBuilder() {}

  /** Builds a root holding the plan's columns; the caller closes it. */
  public static VectorSchemaRoot build(EvolutionPlan plan, BufferAllocator allocator) {
    List<FieldVector> vectors = new ArrayList<>(plan.columns().size());
    try {
      for (ColumnValues column : plan.columns()) {
        vectors.add(vector(column, plan.rows(), allocator));
      }
    } catch (RuntimeException e) {
      vectors.forEach(FieldVector::close);
      throw e;
    }
    VectorSchemaRoot root = new VectorSchemaRoot(vectors);
    root.setRowCount(plan.rows());
    return root;
  }

  private static FieldVector vector(ColumnValues column, int rows, BufferAllocator allocator) {
    Field field = new Field(column.name(), FieldType.nullable(arrowType(column.type())), null);
    FieldVector vector = field.createVector(allocator);
    Object[] values = column.values();
    switch (column.type()) {
      case BOOLEAN -> {
        BitVector v = (BitVector) vector;
        v.allocateNew(rows);
        for (int i = 0; i < rows; i++) {
          if (values[i] != null) {
            v.set(i, (Boolean) values[i] ? 1 : 0);
          }
        }
      }
      case BIGINT -> {
        BigIntVector v = (BigIntVector) vector;
        v.allocateNew(rows);
        for (int i = 0; i < rows; i++) {
          if (values[i] != null) {
            v.set(i, (Long) values[i]);
          }
        }
      }
      case DOUBLE -> {
        Float8Vector v = (Float8Vector) vector;
        v.allocateNew(rows);
        for (int i = 0; i < rows; i++) {
          if (values[i] != null) {
            v.set(i, (Double) values[i]);
          }
        }
      }
      case DATE -> {
        DateDayVector v = (DateDayVector) vector;
        v.allocateNew(rows);
        for (int i = 0; i < rows; i++) {
          if (values[i] != null) {
            v.set(i, (Integer) values[i]);
          }
        }
      }
      case TIMESTAMP -> {
        TimeStampMicroVector v = (TimeStampMicroVector) vector;
        v.allocateNew(rows);
        for (int i = 0; i < rows; i++) {
          if (values[i] != null) {
            v.set(i, (Long) values[i]);
          }
        }
      }
      case JSON, VARCHAR -> {
        VarCharVector v = (VarCharVector) vector;
        v.allocateNew(Math.max(1, textLength(values, rows)), rows);
        Utf8Encoder utf8 = new Utf8Encoder();
        for (int i = 0; i < rows; i++) {
          if (values[i] != null) {
            int length = utf8.encode((String) values[i]); // first: it may replace the buffer
            v.setSafe(i, utf8.buffer(), 0, length);
          }
        }
      }
    }
    vector.setValueCount(rows);
    return vector;
  }

  /** The column's size in UTF-16 units: its size in bytes when it is ASCII, else a start the vector grows from. */
  private static long textLength(Object[] values, int rows) {
    long length = 0;
    for (int i = 0; i < rows; i++) {
      if (values[i] != null) {
        length += ((String) values[i]).length();
      }
    }
    return length;
  }

  static ArrowType arrowType(ColumnType type) {
    return switch (type) {
      case BOOLEAN -> ArrowType.Bool.INSTANCE;
      case BIGINT -> new ArrowType.Int(64, true);
      case DOUBLE -> new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
      case DATE -> new ArrowType.Date(DateUnit.DAY);
      case TIMESTAMP -> new ArrowType.Timestamp(TimeUnit.MICROSECOND, null);
      case JSON, VARCHAR -> ArrowType.Utf8.INSTANCE;
    };
  }
}
