package io.ferret.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Evolves a table's schema to fit a batch of events and lays the batch out for the evolved schema.
 *
 * <p>The rules keep every value and keep columns useful: new fields become columns; a column widens only
 * within its family (BIGINT to DOUBLE, DATE to TIMESTAMP) or, when most of its values really changed type,
 * to VARCHAR; odd values beside a column go to typed variant columns ({@code amount__v_text}); past the
 * column limit, fields go to the per-row {@code _extra} JSON. Planning has no side effects: the store applies
 * the plan in one transaction.
 */
public final class SchemaEvolver {
  private final EvolverSettings settings;

  public SchemaEvolver(EvolverSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings is null");
  }

  public EvolverSettings settings() {
    return settings;
  }

  /**
   * Plans one batch.
   *
   * @param current the table's schema now ({@link TableSchema#empty} for a new table)
   * @param batch the batch's events, flattened
   */
  public EvolutionPlan plan(TableSchema current, CollectedBatch batch) {
    Objects.requireNonNull(current, "current is null");
    List<String> positions = batch.positions();
    BatchLayout layout = new BatchLayout(current, settings, batch.rows(), positions::get);
    for (Map.Entry<FieldPath, Value[]> field : batch.fields().entrySet()) {
      layout.place(field.getKey(), field.getValue());
    }
    return layout.finish();
  }

  /** Plans a batch of events given as JSON trees. */
  public EvolutionPlan plan(TableSchema current, List<ObjectNode> events, IntFunction<String> positions) {
    BatchCollector collector = new BatchCollector(settings);
    for (int i = 0; i < events.size(); i++) {
      collector.add(events.get(i), positions.apply(i));
    }
    return plan(current, collector.finish());
  }

  /** The mutable working state of one plan; discarded afterwards. */
  private static final class BatchLayout {
    private final TableSchema before;
    private final EvolverSettings settings;
    private final int rows;
    private final IntFunction<String> positions;
    private final List<Column> columns;
    private final Map<String, ColumnStats> stats;
    private final Map<FieldPath, Column> byPath;
    private final ColumnNamer namer;
    private final List<SchemaChange> changes = new ArrayList<>();
    private final Map<String, ColumnValues> output = new LinkedHashMap<>();
    private final ExtraFields extra;

    BatchLayout(TableSchema before, EvolverSettings settings, int rows, IntFunction<String> positions) {
      this.before = before;
      this.settings = settings;
      this.rows = rows;
      this.positions = positions;
      this.columns = new ArrayList<>(before.columns());
      this.stats = new HashMap<>(before.stats());
      this.byPath = before.byPath();
      this.namer = new ColumnNamer(columns.stream().map(Column::name).toList());
      this.extra = new ExtraFields(rows);
      if (!before.exists() && rows > 0) {
        Column extraColumn = new Column(TableSchema.EXTRA_COLUMN, ColumnType.JSON, ColumnRole.SYSTEM, null, null);
        columns.add(extraColumn);
        namer.reserve(extraColumn.name());
        changes.add(new SchemaChange(
            ChangeKind.CREATE_TABLE, null, null, null, null, positions.apply(0), "table created"));
      }
    }

    void place(FieldPath path, Value[] values) {
      int first = firstNonNull(values);
      if (first < 0) {
        return; // a field seen only as null reads back the same as an absent one: no column needed yet
      }
      Column column = byPath.get(path);
      if (column == null) {
        column = addField(path, TypeInference.infer(values), first);
      }
      if (column.role() == ColumnRole.EXTRA) {
        for (int row = 0; row < rows; row++) {
          extra.put(row, path, values[row]);
        }
        return;
      }
      column = evolveType(column, values);
      fill(column, values);
    }

    private Column addField(FieldPath path, ColumnType type, int firstRow) {
      String name = namer.nameFor(path);
      boolean full = userColumns() >= settings.maxColumns();
      Column column = new Column(name, type, full ? ColumnRole.EXTRA : ColumnRole.DATA, path, null);
      columns.add(column);
      byPath.put(path, column);
      changes.add(full
          ? new SchemaChange(ChangeKind.OVERFLOW_TO_EXTRA, name, path, null, type, positions.apply(firstRow),
              "table has " + settings.maxColumns() + " columns; field kept in " + TableSchema.EXTRA_COLUMN)
          : new SchemaChange(ChangeKind.ADD_COLUMN, name, path, null, type, positions.apply(firstRow),
              "new field " + path.dotted()));
      return column;
    }

    /** Widens the column when this batch's values require it, recording the change. */
    private Column evolveType(Column column, Value[] values) {
      ColumnStats columnStats = stats.getOrDefault(column.name(), ColumnStats.EMPTY);
      ColumnType widened = widenWithinFamily(column.type(), values, columnStats);
      int firstRefused = -1;
      long taken = 0;
      long refused = 0;
      for (int row = 0; row < rows; row++) {
        if (values[row] == null) {
          continue;
        }
        if (TypeConversion.convert(widened, values[row]) == TypeConversion.REFUSED) {
          refused++;
          firstRefused = firstRefused < 0 ? row : firstRefused;
        } else {
          taken++;
        }
      }
      if (refused > 0 && shouldWidenToText(refused, taken, columnStats)) {
        widened = ColumnType.VARCHAR;
      }
      if (widened == column.type()) {
        return column;
      }
      int cause = widened == ColumnType.VARCHAR ? firstRefused : firstNeeding(column.type(), widened, values);
      Column changed = column.withType(widened);
      replace(column, changed);
      stats.put(column.name(), columnStats.afterTypeChange());
      changes.add(new SchemaChange(ChangeKind.WIDEN_COLUMN, column.name(), column.path(), column.type(), widened,
          positions.apply(cause), widenReason(column.type(), widened, refused, taken)));
      return changed;
    }

    private ColumnType widenWithinFamily(ColumnType type, Value[] values, ColumnStats columnStats) {
      if (type == ColumnType.BIGINT) {
        boolean decimals = false;
        boolean exact = columnStats.exactInDouble();
        for (Value v : values) {
          if (v != null) {
            decimals |= v.kind() == ValueKind.DECIMAL;
            exact &= v.kind() != ValueKind.INTEGER || Math.abs((Long) v.value()) <= TypeConversion.EXACT_DOUBLE_LIMIT;
          }
        }
        return decimals && exact ? ColumnType.DOUBLE : type;
      }
      if (type == ColumnType.DATE) {
        for (Value v : values) {
          if (v != null && v.kind() == ValueKind.TIMESTAMP) {
            return ColumnType.TIMESTAMP;
          }
        }
      }
      return type;
    }

    private boolean shouldWidenToText(long refused, long taken, ColumnStats columnStats) {
      long minimum = settings.widenMinimum();
      boolean batchChanged = refused > taken && refused >= minimum;
      long refusedSince = columnStats.variantsSinceChange() + refused;
      long takenSince = columnStats.conformedSinceChange() + taken;
      boolean historyChanged = refusedSince > takenSince && refusedSince >= minimum;
      return batchChanged || historyChanged;
    }

    private static String widenReason(ColumnType from, ColumnType to, long refused, long taken) {
      if (to == ColumnType.VARCHAR) {
        return refused + " of " + (refused + taken) + " values in the batch were not " + from.sqlName();
      }
      return "values of type " + to.sqlName() + " arrived";
    }

    /** The first row that the old type refuses and the widened type takes: the event that caused it. */
    private int firstNeeding(ColumnType old, ColumnType widened, Value[] values) {
      for (int row = 0; row < rows; row++) {
        Value v = values[row];
        if (v != null
            && TypeConversion.convert(old, v) == TypeConversion.REFUSED
            && TypeConversion.convert(widened, v) != TypeConversion.REFUSED) {
          return row;
        }
      }
      throw new IllegalStateException("widened " + old + " to " + widened + " with no value needing it");
    }

    /** Writes the values into the column, and the ones it refuses into variants or {@code _extra}. */
    private void fill(Column column, Value[] values) {
      Object[] out = new Object[rows];
      long taken = 0;
      long coerced = 0;
      long refused = 0;
      boolean exactInDouble = true;
      for (int row = 0; row < rows; row++) {
        Value v = values[row];
        if (v == null) {
          continue;
        }
        Object converted = TypeConversion.convert(column.type(), v);
        if (converted != TypeConversion.REFUSED) {
          out[row] = converted;
          taken++;
          coerced += TypeConversion.isCoercion(column.type(), v.kind()) ? 1 : 0;
          exactInDouble &= !(converted instanceof Long l) || Math.abs(l) <= TypeConversion.EXACT_DOUBLE_LIMIT;
        } else {
          refused++;
          placeVariant(column, v, row);
        }
      }
      if (taken > 0) {
        output.put(column.name(), new ColumnValues(column.name(), column.type(), out));
      }
      ColumnStats previous = stats.getOrDefault(column.name(), ColumnStats.EMPTY);
      stats.put(column.name(), previous.plus(taken, coerced, refused, exactInDouble));
    }

    private void placeVariant(Column base, Value v, int row) {
      ColumnType type = v.kind().naturalType();
      Optional<Column> existing = variant(base.name(), type);
      Column variant = existing.orElse(null);
      if (variant == null) {
        if (userColumns() >= settings.maxColumns()) {
          extra.put(row, base.path(), v);
          return;
        }
        variant = new Column(namer.variantNameFor(base.name(), type), type, ColumnRole.VARIANT, base.path(),
            base.name());
        columns.add(variant);
        changes.add(new SchemaChange(ChangeKind.ADD_VARIANT, variant.name(), base.path(), null, type,
            positions.apply(row), type.sqlName() + " values arrived for " + base.type().sqlName() + " column "
                + base.name()));
      }
      ColumnValues values = output.computeIfAbsent(
          variant.name(), name -> new ColumnValues(name, v.kind().naturalType(), new Object[rows]));
      values.values()[row] = TypeConversion.convert(type, v);
    }

    private Optional<Column> variant(String baseColumn, ColumnType type) {
      return columns.stream()
          .filter(c -> c.role() == ColumnRole.VARIANT && baseColumn.equals(c.baseColumn()) && c.type() == type)
          .findFirst();
    }

    private void replace(Column old, Column updated) {
      columns.set(columns.indexOf(old), updated);
      byPath.put(updated.path(), updated);
    }

    private int userColumns() {
      int count = 0;
      for (Column c : columns) {
        count += c.role() == ColumnRole.DATA || c.role() == ColumnRole.VARIANT ? 1 : 0;
      }
      return count;
    }

    private static int firstNonNull(Value[] values) {
      for (int i = 0; i < values.length; i++) {
        if (values[i] != null) {
          return i;
        }
      }
      return -1;
    }

    EvolutionPlan finish() {
      String eventTime = before.eventTimeColumn();
      if (eventTime == null) {
        Optional<Column> detected = EventTimeDetector.detect(columns, settings.eventTimeColumn());
        if (detected.isPresent()) {
          eventTime = detected.get().name();
          changes.add(new SchemaChange(ChangeKind.SET_EVENT_TIME, eventTime, detected.get().path(), null,
              detected.get().type(), positions.apply(0), settings.eventTimeColumn() == null
                  ? "detected from the column name and type" : "configured"));
        }
      }
      int version = changes.isEmpty() ? before.version() : before.version() + 1;
      TableSchema after = new TableSchema(before.table(), version, columns, stats, eventTime);
      if (extra.any()) {
        output.put(TableSchema.EXTRA_COLUMN,
            new ColumnValues(TableSchema.EXTRA_COLUMN, ColumnType.JSON, extra.rowsAsJson()));
      }
      return new EvolutionPlan(before, after, List.copyOf(changes), List.copyOf(output.values()), rows);
    }
  }
}
