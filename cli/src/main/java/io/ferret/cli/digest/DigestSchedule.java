package io.ferret.cli.digest;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a digest runs: a five-field Unix cron expression ({@code 0 8 * * 1-5}) read in a time zone, so "8:00"
 * stays 8:00 local time across daylight-saving changes. Parsed by cron-utils.
 */
public final class DigestSchedule {
  private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

  private final String expression;
  private final ZoneId zone;
  private final ExecutionTime executions;

  private DigestSchedule(String expression, ZoneId zone, ExecutionTime executions) {
    this.expression = expression;
    this.zone = zone;
    this.executions = executions;
  }

  /** Reads the expression; a malformed one is an IllegalArgumentException that says what cron-utils refused. */
  public static DigestSchedule parse(String expression, ZoneId zone) {
    try {
      Cron cron = PARSER.parse(expression).validate();
      return new DigestSchedule(expression, zone, ExecutionTime.forCron(cron));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("schedule '" + expression + "' is not a cron expression such as"
          + " '0 8 * * *': " + e.getMessage(), e);
    }
  }

  /** The first scheduled time strictly after {@code moment}. */
  public Optional<Instant> next(Instant moment) {
    return executions.nextExecution(moment.atZone(zone)).map(ZonedDateTime::toInstant);
  }

  /** The latest scheduled time at or before {@code moment}. */
  public Optional<Instant> latest(Instant moment) {
    ZonedDateTime at = moment.atZone(zone);
    if (executions.isMatch(at)) {
      return Optional.of(moment);
    }
    return executions.lastExecution(at).map(ZonedDateTime::toInstant);
  }

  public ZoneId zone() {
    return zone;
  }

  @Override
  public String toString() {
    return expression + " (" + zone.getId() + ")";
  }
}
