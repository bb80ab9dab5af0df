package io.ferret.investigator.question;

import io.ferret.investigator.AskOptions;
import io.ferret.investigator.semantic.Metric;
import io.ferret.investigator.semantic.MetricKind;
import io.ferret.investigator.semantic.MetricTerms;
import io.ferret.investigator.semantic.SemanticCatalog;
import io.ferret.investigator.semantic.SemanticLayer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a question into an {@link Interpretation} in a table's own terms, offline and without guessing: when
 * the metric cannot be pinned, or two readings are equally good, it asks instead. No text makes it throw.
 */
public final class QuestionReader {
  private static final String EXAMPLE = "for example \"why did revenue drop last week?\", \"what drives churn?\" or"
      + " \"revenue by region last month\"";
  private static final int DEFAULT_DAYS = 7;
  private static final int LISTED_METRICS = 10;

  private final SemanticCatalog catalog;
  private final TimeWindowParser windows;

  /** A reader of questions about the catalog's tables, whose time windows follow the calendar of {@code zone}. */
  public QuestionReader(SemanticCatalog catalog, ZoneId zone) {
    this.catalog = Objects.requireNonNull(catalog, "catalog is null");
    this.windows = new TimeWindowParser(Objects.requireNonNull(zone, "zone is null"));
  }

  /**
   * The question's interpretation, or what Ferret needs the user to pin down.
   *
   * @param options the table to ask about and the as-of time; null for {@link AskOptions#defaults()}
   */
  public Understanding read(String question, AskOptions options) {
    AskOptions ask = options == null ? AskOptions.defaults() : options;
    if (question == null || question.isBlank()) {
      return unclear("Ask me a question about your data, " + EXAMPLE + ".");
    }
    if (question.length() > QuestionText.MAX_LENGTH) {
      return unclear("That question is " + question.length() + " characters long. Ask one question of up to "
          + QuestionText.MAX_LENGTH + " characters, " + EXAMPLE + ".");
    }
    if (QuestionText.looksLikeSql(question)) {
      return unclear("That looks like SQL. Ask in words, " + EXAMPLE + "; to run SQL, use `ferret sql`.");
    }
    QuestionText text = QuestionText.of(question);
    if (!text.hasLatinWords()) {
      return unclear("I can only read questions in English so far. Try " + EXAMPLE + ".");
    }
    List<SemanticLayer> layers = layers(ask);
    if (layers.isEmpty()) {
      return ask.table() == null
          ? unclear("The store has no tables yet. Load data first with `ferret ingest`.")
          : new Understanding.Unclear("There is no table '" + ask.table() + "'.", tableNames());
    }
    QuestionKind kind = kind(text);
    List<Candidate> candidates = new ArrayList<>();
    for (SemanticLayer layer : layers) {
      Candidate candidate = candidate(layer, text, kind, ask);
      if (candidate.reading().namesMetric()) {
        candidates.add(candidate);
      }
    }
    if (candidates.isEmpty()) {
      return noMetric(text, kind, layers);
    }
    candidates.sort(Comparator.comparingInt((Candidate c) -> -c.reading().score()));
    int top = candidates.get(0).reading().score();
    List<String> tied = candidates.stream().filter(c -> c.reading().score() == top)
        .map(c -> c.reading().layer().table()).toList();
    if (tied.size() > 1) {
      return new Understanding.Unclear("Which table do you mean: " + String.join(" or ", tied) + "?", tied);
    }
    return interpret(candidates.get(0), text, kind);
  }

  private Candidate candidate(SemanticLayer layer, QuestionText text, QuestionKind kind, AskOptions options) {
    Instant asOf = options.asOf() != null ? options.asOf() : catalog.latestEventTime(layer.table());
    // without an as-of time there is no window, but its words still are not metrics or values
    Optional<Comparison> named = windows.parse(text.normalized(), asOf != null ? asOf : Instant.EPOCH);
    List<PhraseMatch> setAside = named.map(w -> span(text, w.matchedText())).orElse(List.of());
    return new Candidate(new LayerReader(layer, text, setAside).read(kind), asOf == null ? Optional.empty() : named,
        named.map(Comparison::matchedText), Optional.ofNullable(asOf));
  }

  private Understanding interpret(Candidate candidate, QuestionText text, QuestionKind kind) {
    Reading reading = candidate.reading();
    if (reading.unclear() != null) {
      return reading.unclear();
    }
    SemanticLayer layer = reading.layer();
    Metric metric = reading.metric().metric();
    List<String> notes = new ArrayList<>(reading.notes());
    Comparison comparison = candidate.window().orElse(null);
    if (kind == QuestionKind.CHANGE) {
      if (layer.timeColumn() == null || candidate.asOf().isEmpty()) {
        return unclear("I can't compare periods in " + layer.table() + ": it has no event-time column (or no"
            + " rows). Ask \"" + metric.name() + " by …\" instead.");
      }
      if (comparison == null) {
        comparison = windows.lastDays(DEFAULT_DAYS, candidate.asOf().get());
        notes.add("no time window named: compared the last " + DEFAULT_DAYS + " days with the " + DEFAULT_DAYS
            + " before");
      }
    } else if (layer.timeColumn() == null && candidate.windowWords().isPresent()) {
      comparison = null;
      notes.add("'" + candidate.windowWords().get() + "' ignored: " + layer.table() + " has no time column");
    }
    return new Understanding.Understood(new Interpretation(layer.table(), kind, metric, QuestionWords.direction(text),
        reading.filters(), layer.timeColumn(), comparison, reading.groupBy(), notes));
  }

  /** No table's vocabulary found a metric: say what can be asked, or that the question was not readable. */
  private static Understanding noMetric(QuestionText text, QuestionKind kind, List<SemanticLayer> layers) {
    if (!QuestionWords.looksEnglish(text)) {
      return unclear("I couldn't read that question. I understand questions in English about your data, " + EXAMPLE
          + ".");
    }
    String what = kind == QuestionKind.DRIVERS ? "outcome" : "measure";
    List<String> candidates = new ArrayList<>();
    for (SemanticLayer layer : layers) {
      layer.metrics().stream().map(MetricTerms::metric)
          .filter(m -> kind != QuestionKind.DRIVERS || m.kind() == MetricKind.RATE)
          .map(m -> layers.size() == 1 ? m.name() : m.name() + " in " + layer.table())
          .forEach(candidates::add);
    }
    List<String> listed = candidates.subList(0, Math.min(LISTED_METRICS, candidates.size()));
    if (listed.isEmpty()) {
      return unclear("There is no outcome to explain here: a drivers question needs a yes/no column, such as"
          + " churned or converted.");
    }
    String where = layers.size() == 1 ? " In " + layers.get(0).table() + " you can ask about: "
        : " You can ask about: ";
    return new Understanding.Unclear("I couldn't tell which " + what + " you mean." + where + String.join(", ", listed)
        + (candidates.size() > listed.size() ? " and more" : "") + ".", listed);
  }

  private static QuestionKind kind(QuestionText text) {
    String q = text.normalized();
    if (QuestionWords.DRIVERS.matcher(q).find()) {
      return QuestionKind.DRIVERS;
    }
    if (QuestionWords.WHY_PRESENT.matcher(q).find() && text.tokens().stream()
        .noneMatch(t -> QuestionWords.DOWN.contains(t) || QuestionWords.UP.contains(t))) {
      return QuestionKind.DRIVERS; // "why do customers churn?" asks what drives an outcome, not about a change
    }
    return QuestionWords.namesChange(text) ? QuestionKind.CHANGE : QuestionKind.LOOKUP;
  }

  /** The token spans of the words that named the window, so no metric or value claims them. */
  private static List<PhraseMatch> span(QuestionText text, String matched) {
    List<String> words = List.of(matched.split(" "));
    int start = Collections.indexOfSubList(text.tokens(), words);
    if (start >= 0) {
      return List.of(PhraseMatch.of(start, start + words.size(), true));
    }
    // "last month vs last year" names its window in two places: set each word aside where it first stands
    List<PhraseMatch> spans = new ArrayList<>();
    for (String word : words) {
      int index = text.tokens().indexOf(word);
      if (index >= 0) {
        spans.add(PhraseMatch.of(index, index + 1, true));
      }
    }
    return spans;
  }

  private List<SemanticLayer> layers(AskOptions options) {
    if (options.table() == null) {
      return catalog.layers();
    }
    return catalog.layer(options.table()).map(List::of).orElse(List.of());
  }

  private List<String> tableNames() {
    return catalog.layers().stream().map(SemanticLayer::table).toList();
  }

  private static Understanding.Unclear unclear(String message) {
    return new Understanding.Unclear(message, List.of());
  }

  /**
   * A table's reading of the question with its time window.
   *
   * @param window the comparison the question names, empty when it names none or the table has no as-of time
   * @param windowWords the words that named a window, even when the table cannot use it
   * @param asOf the time windows are relative to; empty when the table has no time column or no rows
   */
  private record Candidate(
      Reading reading, Optional<Comparison> window, Optional<String> windowWords, Optional<Instant> asOf) {}
}
