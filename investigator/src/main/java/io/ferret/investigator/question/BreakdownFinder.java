package io.ferret.investigator.question;

import io.ferret.investigator.semantic.Dimension;
import io.ferret.investigator.semantic.MetricTerms;
import io.ferret.investigator.semantic.SemanticLayer;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the breakdown a lookup asks for: the dimensions named after "by", "per", "across" or "for each"
 * ("revenue by region and channel"), and dimensions named in the plural ("top regions by revenue").
 */
final class BreakdownFinder {
  private static final Set<String> INTRODUCERS = Set.of("by", "per", "across", "each", "every");
  private static final Set<String> JOINERS = Set.of("and", "then", "the", "each", "every", "its", "their");

  private final SemanticLayer layer;
  private final QuestionText text;
  private final PhraseMatcher matcher;

  BreakdownFinder(SemanticLayer layer, QuestionText text, PhraseMatcher matcher) {
    this.layer = layer;
    this.text = text;
    this.matcher = matcher;
  }

  /**
   * Adds the dimension columns the question breaks down by, and the words that named them to {@code taken}.
   *
   * @return a clarification when the word after "by" is neither a dimension nor a metric
   */
  Optional<Understanding.Unclear> find(List<PhraseMatch> taken, List<String> columns) {
    List<String> tokens = text.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (INTRODUCERS.contains(tokens.get(i)) && free(i, taken)) {
        Optional<Understanding.Unclear> unknown = namedAfter(i + 1, taken, columns);
        if (unknown.isPresent()) {
          return unknown;
        }
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (free(i, taken)) {
        plural(tokens.get(i)).filter(c -> !columns.contains(c)).ifPresent(columns::add);
      }
    }
    return Optional.empty();
  }

  /** The dimensions listed from token {@code start} on: "region and channel". */
  private Optional<Understanding.Unclear> namedAfter(int start, List<PhraseMatch> taken, List<String> columns) {
    int at = start;
    boolean named = false;
    while (at < text.tokens().size()) {
      String token = text.tokens().get(at);
      if (JOINERS.contains(token)) {
        at++;
        continue;
      }
      Optional<Named> dimension = dimensionAt(at);
      if (dimension.isEmpty() || !free(at, taken)) {
        if (!named && unknownBreakdown(at, taken)) {
          List<String> names = layer.dimensionColumns();
          return Optional.of(new Understanding.Unclear("I don't know a breakdown called '" + token + "' in "
              + layer.table() + ". You can break it down by: " + String.join(", ", names) + ".", names));
        }
        break;
      }
      if (!columns.contains(dimension.get().column())) {
        columns.add(dimension.get().column());
      }
      taken.add(dimension.get().where());
      at = dimension.get().where().end();
      named = true;
    }
    return Optional.empty();
  }

  /** The longest dimension name matching at token {@code at}. */
  private Optional<Named> dimensionAt(int at) {
    Optional<Named> best = Optional.empty();
    for (Dimension dimension : layer.dimensions()) {
      for (String name : dimension.names()) {
        Optional<PhraseMatch> where = matcher.at(name, at).or(() -> matcher.at(name + "s", at));
        if (where.isPresent() && (best.isEmpty() || where.get().length() > best.get().where().length())) {
          best = Optional.of(new Named(dimension.column(), where.get()));
        }
      }
    }
    return best;
  }

  /**
   * Whether the word after "by" asks for a breakdown Ferret does not know. Numbers ("drop by 20%"), metrics
   * ("top regions by revenue"), time-window words and common words are not breakdowns.
   */
  private boolean unknownBreakdown(int at, List<PhraseMatch> taken) {
    if (at >= text.tokens().size() || !free(at, taken)) {
      return false;
    }
    String token = text.tokens().get(at);
    return token.chars().allMatch(Character::isLetter) && !QuestionWords.COMMON.contains(token)
        && layer.metrics().stream().map(MetricTerms::phrases).flatMap(List::stream)
            .noneMatch(phrase -> matcher.at(phrase, at).isPresent());
  }

  /** The dimension a plural word names: "regions" for {@code region}. */
  private Optional<String> plural(String token) {
    return layer.dimensions().stream()
        .filter(d -> d.names().stream().anyMatch(name -> token.equals(name + "s") || token.equals(name + "es")))
        .map(Dimension::column).findFirst();
  }

  private static boolean free(int token, List<PhraseMatch> taken) {
    PhraseMatch word = PhraseMatch.of(token, token + 1, true);
    return taken.stream().noneMatch(word::overlaps);
  }

  private record Named(String column, PhraseMatch where) {}
}
