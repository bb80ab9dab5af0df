package io.ferret.cli.slack;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.slack.ChannelAccess;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code slack:} section of {@code ferret.yml}. It holds no secrets: the tokens come from the environment.
 *
 * @param apiUrl the Web API base URL; null for Slack's own (SLACK_API_URL overrides it)
 * @param questionsAtOnce investigations run at once
 * @param access the allow-list ({@code channels}: channel id to the tables it may query; none lets every channel
 *     ask) and the tables DMs may query ({@code direct_messages}; none for every table)
 */
record SlackSection(String apiUrl, int questionsAtOnce, ChannelAccess access) {
  private static final ObjectMapper YAML = YAMLMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  private static final int DEFAULT_QUESTIONS_AT_ONCE = 4;

  @JsonCreator
  static SlackSection of(@JsonProperty("api_url") String apiUrl,
      @JsonProperty("questions_at_once") Integer questionsAtOnce,
      @JsonProperty("channels") Map<String, List<String>> channels,
      @JsonProperty("direct_messages") List<String> directMessages) {
    return new SlackSection(apiUrl, questionsAtOnce == null ? DEFAULT_QUESTIONS_AT_ONCE : questionsAtOnce,
        new ChannelAccess(channels == null ? Map.of() : channels, directMessages == null ? List.of()
            : directMessages));
  }

  /** The section of {@code file}; every default when the file is null or has no {@code slack:} section. */
  static SlackSection read(Path file) {
    return find(file).orElseGet(() -> of(null, null, null, null));
  }

  /** The section of {@code file}; empty when the file is null or has no {@code slack:} section. */
  static Optional<SlackSection> find(Path file) {
    if (file == null) {
      return Optional.empty();
    }
    try {
      JsonNode section = YAML.readTree(file.toFile()).path("slack");
      return section.isMissingNode() || section.isNull() ? Optional.empty()
          : Optional.of(YAML.treeToValue(section, SlackSection.class));
    } catch (IOException e) {
      throw new FerretException(ErrorCode.INPUT, "cannot read the slack: section of " + file + ": "
          + e.getMessage().lines().findFirst().orElse(""), e);
    }
  }
}
