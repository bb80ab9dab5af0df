package io.ferret.investigator.answer;

import java.util.ArrayList;
import java.util.List;

/** Plain text for terminals: wrapped at {@value #WIDTH} columns, sections under a bare heading, no colours. */
final class TextDocument implements AnswerDocument {
  static final int WIDTH = 80;
  private static final String INDENT = "  ";
  /** Narrower than this, a wrapped last column reads as a ribbon; the line runs past the width instead. */
  private static final int MIN_LAST_COLUMN = 24;

  private final StringBuilder text = new StringBuilder();
  /** A block right under its heading needs no blank line before it. */
  private boolean underHeading;

  /** Terminal users just typed the question, so the text answer opens with the answer instead. */
  @Override
  public void title(String question) {}

  @Override
  public void headline(String headline) {
    paragraph(headline);
  }

  @Override
  public void section(String heading) {
    text.append('\n').append(heading).append('\n');
    underHeading = true;
  }

  @Override
  public void paragraph(String paragraph) {
    if (!text.isEmpty() && !underHeading) {
      text.append('\n');
    }
    lines(WordWrap.lines(paragraph, WIDTH, "", ""));
  }

  @Override
  public void bullets(List<String> items) {
    items.forEach(item -> lines(WordWrap.lines(item, WIDTH, INDENT + "- ", INDENT + "  ")));
  }

  @Override
  public void findings(List<FindingView> findings) {
    for (FindingView finding : findings) {
      String number = INDENT + finding.rank() + ". ";
      String hanging = " ".repeat(number.length());
      lines(WordWrap.lines(finding.statement(), WIDTH, number, hanging));
      lines(WordWrap.lines(finding.meta(), WIDTH, hanging, hanging));
      if (finding.recipe() != null) {
        lines(List.of(hanging + "Recipe:"));
        finding.recipe().sql().lines().forEach(line -> lines(List.of(hanging + INDENT + line)));
        finding.recipe().details()
            .forEach(detail -> lines(WordWrap.lines(detail, WIDTH, hanging + INDENT, hanging + INDENT + INDENT)));
      }
    }
  }

  /** Columns padded to their widest cell; the last column, often a sentence, wraps under itself. */
  @Override
  public void table(List<String> header, List<List<String>> rows) {
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    int last = header.size() - 1;
    int[] widths = new int[last];
    for (List<String> row : all) {
      for (int i = 0; i < last; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (List<String> row : all) {
      StringBuilder start = new StringBuilder(INDENT);
      for (int i = 0; i < last; i++) {
        start.append(pad(row.get(i), widths[i])).append("  ");
      }
      String hanging = " ".repeat(start.length());
      int width = Math.max(WIDTH, start.length() + MIN_LAST_COLUMN);
      lines(row.get(last).isBlank() ? List.of(start.toString().stripTrailing())
          : WordWrap.lines(row.get(last), width, start.toString(), hanging));
    }
  }

  /** Charts need pictures; the html report has them. */
  @Override
  public void charts() {}

  @Override
  public String finish() {
    return text.toString();
  }

  private void lines(List<String> lines) {
    lines.forEach(line -> text.append(line).append('\n'));
    underHeading = false;
  }

  private static String pad(String cell, int width) {
    return cell + " ".repeat(width - cell.length());
  }
}
