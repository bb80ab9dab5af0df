package io.ferret.investigator.answer;

import java.util.List;
import java.util.stream.Collectors;

/** Markdown (CommonMark with GitHub tables) for chat and documents; every block is set off by a blank line. */
final class MarkdownDocument implements AnswerDocument {
  private static final String ITEM_INDENT = "   ";

  private final StringBuilder text = new StringBuilder();

  @Override
  public void title(String question) {
    block("# " + MarkdownText.escape(question));
  }

  @Override
  public void headline(String headline) {
    block("**" + MarkdownText.escape(headline) + "**");
  }

  @Override
  public void section(String heading) {
    block("## " + MarkdownText.escape(heading));
  }

  @Override
  public void paragraph(String paragraph) {
    block(MarkdownText.escape(paragraph));
  }

  @Override
  public void bullets(List<String> items) {
    block(items.stream().map(item -> "- " + MarkdownText.escape(item)).collect(Collectors.joining("\n")));
  }

  @Override
  public void findings(List<FindingView> findings) {
    for (FindingView finding : findings) {
      StringBuilder item = new StringBuilder(finding.rank() + ". " + MarkdownText.escape(finding.statement()))
          .append('\n').append(ITEM_INDENT).append('*').append(MarkdownText.escape(finding.meta())).append('*');
      if (finding.recipe() != null) {
        String sql = finding.recipe().sql();
        String fence = MarkdownText.fence(sql);
        item.append("\n\n").append(ITEM_INDENT).append(fence).append("sql\n");
        sql.lines().forEach(line -> item.append(ITEM_INDENT).append(line).append('\n'));
        item.append(ITEM_INDENT).append(fence).append('\n');
        finding.recipe().details()
            .forEach(detail -> item.append('\n').append(ITEM_INDENT).append("- ").append(MarkdownText.escape(detail)));
      }
      block(item.toString());
    }
  }

  @Override
  public void table(List<String> header, List<List<String>> rows) {
    StringBuilder table = new StringBuilder(row(header)).append('\n')
        .append(row(header.stream().map(cell -> "---").toList()));
    rows.forEach(row -> table.append('\n').append(row(row)));
    block(table.toString());
  }

  /** Markdown has no pictures of its own here; the html report has the charts. */
  @Override
  public void charts() {}

  @Override
  public String finish() {
    return text.toString();
  }

  private static String row(List<String> cells) {
    return cells.stream().map(MarkdownText::escape).collect(Collectors.joining(" | ", "| ", " |"));
  }

  private void block(String markdown) {
    if (!text.isEmpty()) {
      text.append('\n');
    }
    text.append(markdown).append('\n');
  }
}
