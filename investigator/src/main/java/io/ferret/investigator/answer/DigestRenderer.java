package io.ferret.investigator.answer;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ferret.investigator.digest.Anomaly;
import io.ferret.investigator.digest.Digest;
import io.ferret.investigator.digest.DigestText;
import io.ferret.ml.Predicate;
import io.ferret.ml.TimeWindow;
import java.util.ArrayList;
import java.util.List;

/**
 * A digest as text, markdown, html or JSON. The JSON holds an {@code anomalies} list; each entry has the metric,
 * the segment, the window, the expected and actual values, and its explanation.
 */
public final class DigestRenderer {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int WIDTH = 80;
  /** Anomalies that text, markdown and html list; JSON has them all. */
  static final int LISTED = 10;

  private DigestRenderer() {}

  public static String render(Digest digest, AnswerFormat format) {
    return switch (format) {
      case TEXT -> text(digest);
      case MARKDOWN -> markdown(digest);
      case HTML -> html(digest);
      case JSON -> json(digest);
    };
  }

  private static String text(Digest digest) {
    List<String> lines = new ArrayList<>(WordWrap.lines(DigestText.heading(digest), WIDTH, "", ""));
    if (digest.late()) {
      lines.addAll(WordWrap.lines(DigestText.lateNote(digest), WIDTH, "", ""));
    }
    lines.add("");
    if (digest.allClear()) {
      lines.addAll(WordWrap.lines(DigestText.allClear(digest), WIDTH, "", ""));
    }
    int rank = 1;
    for (Anomaly anomaly : listed(digest)) {
      String number = rank++ + ". ";
      String indent = " ".repeat(number.length());
      lines.addAll(WordWrap.lines(DigestText.line(anomaly), WIDTH, number, indent));
      if (anomaly.explanation() != null) {
        lines.addAll(WordWrap.lines(anomaly.explanation(), WIDTH, indent, indent));
      }
    }
    if (digest.anomalies().size() > LISTED) {
      lines.addAll(WordWrap.lines(more(digest), WIDTH, "", ""));
    }
    return String.join("\n", lines) + "\n";
  }

  private static String markdown(Digest digest) {
    StringBuilder out = new StringBuilder("## ").append(MarkdownText.escape(DigestText.heading(digest))).append("\n\n");
    if (digest.late()) {
      out.append("_").append(MarkdownText.escape(DigestText.lateNote(digest))).append("_\n\n");
    }
    if (digest.allClear()) {
      out.append(MarkdownText.escape(DigestText.allClear(digest))).append("\n");
    }
    int rank = 1;
    for (Anomaly anomaly : listed(digest)) {
      out.append(rank++).append(". ").append(MarkdownText.escape(DigestText.line(anomaly)));
      if (anomaly.explanation() != null) {
        out.append("  \n   ").append(MarkdownText.escape(anomaly.explanation()));
      }
      out.append("\n");
    }
    if (digest.anomalies().size() > LISTED) {
      out.append("\n").append(MarkdownText.escape(more(digest))).append("\n");
    }
    return out.toString();
  }

  private static List<Anomaly> listed(Digest digest) {
    return digest.anomalies().subList(0, Math.min(LISTED, digest.anomalies().size()));
  }

  private static String more(Digest digest) {
    return "… and " + (digest.anomalies().size() - LISTED) + " more, less far off; --format json lists them all.";
  }

  private static String html(Digest digest) {
    StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(escapeHtml4("Digest " + digest.name())).append("</title></head>\n<body>\n<h1>")
        .append(escapeHtml4(DigestText.heading(digest))).append("</h1>\n");
    if (digest.late()) {
      out.append("<p><em>").append(escapeHtml4(DigestText.lateNote(digest))).append("</em></p>\n");
    }
    if (digest.allClear()) {
      out.append("<p>").append(escapeHtml4(DigestText.allClear(digest))).append("</p>\n");
    } else {
      out.append("<ol>\n");
      for (Anomaly anomaly : listed(digest)) {
        out.append("<li>").append(escapeHtml4(DigestText.line(anomaly)));
        if (anomaly.explanation() != null) {
          out.append("<br>").append(escapeHtml4(anomaly.explanation()));
        }
        out.append("</li>\n");
      }
      out.append("</ol>\n");
      if (digest.anomalies().size() > LISTED) {
        out.append("<p>").append(escapeHtml4(more(digest))).append("</p>\n");
      }
    }
    return out.append("</body></html>\n").toString();
  }

  private static String json(Digest digest) {
    ObjectNode root = JsonValues.NODES.objectNode()
        .put("digest", digest.name())
        .put("day", digest.day().toString())
        .put("zone", digest.zone().getId());
    root.set("window", window(digest.window()));
    root.put("late", digest.late()).put("all_clear", digest.allClear()).put("series_checked", digest.series());
    root.set("tables", JsonValues.strings(digest.tables()));
    root.put("summary", DigestText.heading(digest));
    ArrayNode anomalies = root.putArray("anomalies");
    int rank = 1;
    for (Anomaly anomaly : digest.anomalies()) {
      ObjectNode entry = anomalies.addObject().put("rank", rank++).put("table", anomaly.table());
      entry.putObject("metric").put("name", anomaly.metric()).put("expression", anomaly.formula());
      entry.set("segment", JsonInterpretation.predicates(anomaly.segment()));
      entry.set("window", window(anomaly.window()));
      entry.set("expected", JsonValues.number(anomaly.expected()));
      entry.set("actual", JsonValues.number(anomaly.actual()));
      entry.set("relative_change", JsonValues.number(anomaly.relativeChange()));
      entry.set("score", JsonValues.number(anomaly.score()));
      entry.put("rows", anomaly.rows())
          .put("status", anomaly.ongoing() ? "ongoing" : "new")
          .put("day_of_shift", anomaly.dayOfShift())
          .put("statement", DigestText.line(anomaly));
      if (anomaly.explanation() != null) {
        entry.put("explanation", anomaly.explanation());
        ArrayNode drivers = entry.putArray("drivers");
        for (List<Predicate> driver : anomaly.drivers()) {
          drivers.add(JsonInterpretation.predicates(driver));
        }
      }
    }
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  private static ObjectNode window(TimeWindow window) {
    return JsonValues.NODES.objectNode().put("from", window.from().toString()).put("to", window.to().toString());
  }
}
