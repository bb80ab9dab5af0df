package io.ferret.ingest.source;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The field names of a CSV file, from its header row. A repeated name keeps its column under a numbered
 * variant ("name~2", "name~3") rather than silently overwriting the earlier one; an empty name stays "".
 */
final class CsvHeader {
  private final String[] names;

  private CsvHeader(String[] names) {
    this.names = names;
  }

  static CsvHeader of(List<String> headerRow) {
    String[] names = new String[headerRow.size()];
    Set<String> taken = new HashSet<>();
    for (int i = 0; i < names.length; i++) {
      String name = headerRow.get(i);
      String unique = name;
      for (int copy = 2; !taken.add(unique); copy++) {
        unique = name + "~" + copy;
      }
      names[i] = unique;
    }
    return new CsvHeader(names);
  }

  int size() {
    return names.length;
  }

  String name(int column) {
    return names[column];
  }
}
