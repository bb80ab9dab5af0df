package io.ferret.ingest.pipeline;

import io.ferret.schema.SchemaChange;
import java.util.List;

/** What one committed batch did: rows landed, rows rejected, and the schema changes it made. */
public record BatchOutcome(int accepted, int rejected, List<SchemaChange> changes, int schemaVersion) {}
