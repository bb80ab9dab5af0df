package io.ferret.ingest.sample;

import java.time.Instant;
import java.util.Optional;

/**
 * What one generator run wrote.
 *
 * @param rows number of events written
 * @param firstEventAt time of the first event
 * @param lastEventAt time of the last event; events are in time order
 * @param schemaChangeRow index (0-based) of the first event in the new schema; equals rows when it never changed
 * @param incident the planted incident, if any
 */
public record GeneratedStream(
    long rows, Instant firstEventAt, Instant lastEventAt, long schemaChangeRow, Optional<PlantedIncident> incident) {}
