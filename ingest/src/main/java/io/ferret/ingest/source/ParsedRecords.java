package io.ferret.ingest.source;

import io.ferret.schema.BatchCollector;
import java.util.ArrayList;
import java.util.List;

/** A batch of records a source already parsed while reading them; what is left is flattening the events. */
record ParsedRecords(List<SourceRecord> parsed, long bytesRead) implements RawBatch {

  @Override
  public int records() {
    return parsed.size();
  }

  @Override
  public List<Rejected> parseInto(BatchCollector events) {
    List<Rejected> rejects = new ArrayList<>();
    for (SourceRecord record : parsed) {
      if (record instanceof Event event) {
        events.add(event.fields(), event.position());
      } else {
        rejects.add((Rejected) record);
      }
    }
    return rejects;
  }
}
