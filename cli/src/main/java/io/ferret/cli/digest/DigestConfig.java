package io.ferret.cli.digest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.ferret.investigator.digest.DigestSettings;
import io.ferret.investigator.digest.Sensitivity;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One entry of {@code digests:} in {@code ferret.yml}.
 *
 * @param name the digest's name, unique in the file; it keys the digest's state in the store
 * @param schedule when it runs, in {@code zone}
 * @param settings what it covers and how it judges a day
 * @param channels the Slack channels it is posted to
 * @param allClear whether a run that found nothing still posts a one-line "all clear"
 */
public record DigestConfig(
    String name, DigestSchedule schedule, DigestSettings settings, List<String> channels, boolean allClear) {
  public DigestConfig {
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(settings, "settings is null");
    channels = List.copyOf(channels);
  }

  @JsonCreator
  public static DigestConfig of(
      @JsonProperty("name") String name,
      @JsonProperty("schedule") String schedule,
      @JsonProperty("zone") String zone,
      @JsonProperty("tables") List<String> tables,
      @JsonProperty("metrics") List<String> metrics,
      @JsonProperty("channels") List<String> channels,
      @JsonProperty("sensitivity") String sensitivity,
      @JsonProperty("min_volume") Long minVolume,
      @JsonProperty("all_clear") Boolean allClear) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a digest needs a name");
    }
    if (schedule == null || schedule.isBlank()) {
      throw new IllegalArgumentException("digest " + name + " needs a schedule, a cron expression such as '0 8 * * *'");
    }
    ZoneId zoneId;
    try {
      zoneId = zone == null ? ZoneId.of("UTC") : ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("zone '" + zone + "' is not a time zone such as Europe/Berlin", e);
    }
    DigestSettings settings = new DigestSettings(name, zoneId, orEmpty(tables), orEmpty(metrics),
        sensitivity == null ? Sensitivity.MEDIUM : Sensitivity.parse(sensitivity),
        minVolume == null ? DigestSettings.DEFAULT_MIN_VOLUME : minVolume, DigestSettings.DEFAULT_HISTORY_WEEKS,
        DigestSettings.DEFAULT_EXPLAINED);
    return new DigestConfig(name, DigestSchedule.parse(schedule, zoneId), settings, orEmpty(channels),
        allClear == null || allClear);
  }

  private static List<String> orEmpty(List<String> values) {
    return values == null ? List.of() : values;
  }
}
