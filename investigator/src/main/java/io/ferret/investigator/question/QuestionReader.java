package io.ferret.investigator.question;

import io.ferret.investigator.AskOptions;
import io.ferret.investigator.semantic.MetricKind;
import io.ferret.investigator.semantic.MetricTerms;
import io.ferret.investigator.semantic.SemanticCatalog;
import io.ferret.investigator.semantic.SemanticLayer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a question into an {@link Interpretation} in a table's own terms, offline and without guessing: when
 * the metric cannot be pinned, or two readings are equally good, it asks instead. Never throws for any text.
 */
public final class QuestionReader {
  private static final String EXAMPLE = "for example \"why did revenue drop last week?\", \"what drives churn?\" or"
      + " \"revenue by region last month\"";
  private static final int DEFAULT_DAYS = 7;

  private final SemanticCatalog catalog;
  private final TimeWindowParser windows;

  public QuestionReader(SemanticCatalog catalog, ZoneId zone) {
    this.catalog = Objects.requireNonNull(catalog, "catalog is null");
    this.windows = new TimeWindowParser(zone);
  }

  /** The question's interpretation, or what Ferret needs the user to pin down. */
  public Understanding read(String question, AskOptions options) {
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
    List<SemanticLayer> layers = layers(options);
    if (layers.isEmpty()) {
      return options.table() == null
          ? unclear("The store has no tables yet. Load data first with `ferret ingest`.")
          : new Understanding.Unclear("There is no table '" + options.table() + "'.", tableNames());
    }
    QuestionKind kind = kind(text);
    List<Candidate> candidates = new ArrayList<>();
    for (SemanticLayer layer : layers) {
      candidates.add(candidate(layer, text, kind, options));
    }
    candidates.sort(Comparator.comparingInt((Candidate c) -> -c.reading().score()));
    Candidate best = candidates.get(0);
    if (candidates.size() > 1 && candidates.get(1).reading().score() == best.reading().score()
        && best.reading().score() > 0) {
      List<String> tables = candidates.stream().filter(c -> c.reading().score() == best.reading().score())
          .map(c -> c.reading().layer().table()).toList();
      return new Understanding.Unclear("Which table do you mean: " + String.join(" or ", tables) + "?", tables);
    }
    return interpret(best, text, kind);
  }

  private Candidate candidate(SemanticLayer layer, QuestionText text, QuestionKind kind, AskOptions options) {
    Optional<Instant> asOf = Optional.ofNullable(options.asOf()).or(() -> catalog.latestEventTime(layer.table()));
    Optional<Comparison> window = asOf.flatMap(now -> windows.parse(text.normalized(), now));
    List<PhraseMatch> setAside = window.map(w -> span(text, w.matchedText())).orElse(List.of());
    return new Candidate(new LayerReader(layer, text, setAside).read(kind), window, asOf);
  }

  private Understanding interpret(Candidate candidate, QuestionText text, QuestionKind kind) {
    Reading reading = candidate.reading();
    if (reading.unclear() != null) {
      return reading.unclear();
    }
    SemanticLayer layer = reading.layer();
    if (reading.metric() == null) {
      List<String> names = layer.metrics().stream().map(MetricTerms::metric)
          .filter(m -> kind != QuestionKind.DRIVERS || m.kind() == MetricKind.RATE)
          .map(m -> m.name()).limit(10).toList();
      String what = kind == QuestionKind.DRIVERS ? "outcome" : "measure";
      return new Understanding.Unclear(names.isEmpty()
          ? "I couldn't find a " + what + " in your question, and " + layer.table() + " has none I know of."
          : "I couldn't tell which " + what + " you mean. In " + layer.table() + " you can ask about: "
              + String.join(", ", names) + ".", names);
    }
    List<String> notes = new ArrayList<>(reading.notes());
    Comparison comparison = candidate.window().orElse(null);
    if (kind == QuestionKind.CHANGE) {
      if (layer.timeColumn() == null || candidate.asOf().isEmpty()) {
        return unclear("I can't compare periods in " + layer.table() + ": it has no event-time column (or no"
            + " rows). Ask \"" + reading.metric().terms().metric().name() + " by …\" instead.");
      }
      if (comparison == null) {
        comparison = windows.lastDays(DEFAULT_DAYS, candidate.asOf().get());
        notes.add("no time window named: compared the last " + DEFAULT_DAYS + " days with the " + DEFAULT_DAYS
            + " before");
      }
    }
    return new Understanding.Understood(new Interpretation(layer.table(), kind, reading.metric().terms().metric(),
        QuestionWords.direction(text), reading.filters(), layer.timeColumn(),
        layer.timeColumn() == null ? null : comparison, kind == QuestionKind.LOOKUP ? reading.groupBy() : List.of(),
        notes));
  }

  private static QuestionKind kind(QuestionText text) {
    String q = text.normalized();
    if (QuestionWords.DRIVERS.matcher(q).find()) {
      return QuestionKind.DRIVERS;
    }
    if (QuestionWords.WHY_PRESENT.matcher(q).find() && !text.tokens().stream()
        .anyMatch(t -> QuestionWords.DOWN.contains(t) || QuestionWords.UP.contains(t))) {
      return QuestionKind.DRIVERS;
    }
    return QuestionWords.namesChange(text) ? QuestionKind.CHANGE : QuestionKind.LOOKUP;
  }

  /** The token span of the words that named the window, so no metric or value claims them. */
  private static List<PhraseMatch> span(QuestionText text, String matched) {
    List<PhraseMatch> spans = new ArrayList<>();
    for (String part : matched.split(" ")) {
      int index = text.tokens().indexOf(part);
      if (index >= 0) {
        spans.add(new PhraseMatch(index, index + 1, true));
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

  private record Candidate(Reading reading, Optional<Comparison> window, Optional<Instant> asOf) {}
}
