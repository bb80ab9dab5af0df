package io.ferret.store;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import java.util.regex.Pattern;

/** Rules for the names of user tables, which analysts type on the command line. */
public final class TableNames {
  private static final Pattern VALID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

  private TableNames() {}

  /** Throws a usage error unless the name is a plain identifier outside Ferret's own {@code ferret_} prefix. */
  public static void requireValid(String table) {
    if (table == null || !VALID.matcher(table).matches()) {
      throw new FerretException(ErrorCode.USAGE, "table name '" + table
          + "' must start with a letter or _ and hold only letters, digits and _ (at most 63)");
    }
    if (MetadataTables.isMetadata(table)) {
      throw new FerretException(ErrorCode.USAGE, "table names starting with ferret_ are reserved for Ferret");
    }
  }
}
