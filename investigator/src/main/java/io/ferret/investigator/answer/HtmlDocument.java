package io.ferret.investigator.answer;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * A self-contained HTML report: inline CSS, charts as PNG data URIs, no scripts and no links out, so it opens
 * the same offline, attached to an email, or years later. Every piece of text is escaped with commons-text's
 * {@code escapeHtml4}, attribute values included (they are all double-quoted).
 */
final class HtmlDocument implements AnswerDocument {
  private static final String STYLE = """
      body{margin:0;background:#f6f7f9;color:#1d2430;font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif}
      main{max-width:820px;margin:0 auto;padding:24px 28px 40px;background:#fff}
      h1{font-size:1.3em;margin:0 0 12px;color:#4a5566;font-weight:500}
      h2{font-size:1.05em;margin:28px 0 8px;border-bottom:1px solid #e3e6ea;padding-bottom:4px}
      .headline{font-size:1.2em;font-weight:600;margin:0 0 8px}
      .meta{color:#4a5566;margin:2px 0 0}
      ol.findings>li{margin-bottom:14px}
      ol.findings p{margin:0}
      .recipe{margin:8px 0 0;padding:8px 12px;background:#f6f7f9;border-radius:4px}
      .recipe ul{margin:6px 0 0;padding-left:18px}
      pre{margin:0;white-space:pre-wrap;word-break:break-word;font:13px/1.4 ui-monospace,Menlo,Consolas,monospace}
      table{border-collapse:collapse;font-size:.92em}
      th,td{text-align:left;padding:4px 12px 4px 0;border-bottom:1px solid #e3e6ea;vertical-align:top}
      figure{margin:20px 0}
      figure img{max-width:100%;height:auto}
      figcaption{color:#4a5566;font-size:.9em}
      """;

  private final List<ChartImage> charts;
  private final StringBuilder body = new StringBuilder();
  private String title = "Ferret answer";

  HtmlDocument(List<ChartImage> charts) {
    this.charts = List.copyOf(Objects.requireNonNull(charts, "charts is null"));
  }

  @Override
  public void title(String question) {
    title = question;
    element("h1", question);
  }

  @Override
  public void headline(String headline) {
    element("p class=\"headline\"", "p", headline);
  }

  @Override
  public void section(String heading) {
    element("h2", heading);
  }

  @Override
  public void paragraph(String paragraph) {
    element("p", paragraph);
  }

  @Override
  public void bullets(List<String> items) {
    body.append("<ul>\n");
    items.forEach(item -> element("li", item));
    body.append("</ul>\n");
  }

  @Override
  public void findings(List<FindingView> findings) {
    body.append("<ol class=\"findings\">\n");
    for (FindingView finding : findings) {
      body.append("<li value=\"").append(finding.rank()).append("\">\n");
      element("p", finding.statement());
      element("p class=\"meta\"", "p", finding.meta());
      if (finding.recipe() != null) {
        body.append("<div class=\"recipe\">\n<pre><code>").append(escapeHtml4(finding.recipe().sql()))
            .append("</code></pre>\n");
        if (!finding.recipe().details().isEmpty()) {
          bullets(finding.recipe().details());
        }
        body.append("</div>\n");
      }
      body.append("</li>\n");
    }
    body.append("</ol>\n");
  }

  @Override
  public void table(List<String> header, List<List<String>> rows) {
    body.append("<table>\n<thead><tr>");
    header.forEach(cell -> body.append("<th>").append(escapeHtml4(cell)).append("</th>"));
    body.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : rows) {
      body.append("<tr>");
      row.forEach(cell -> body.append("<td>").append(escapeHtml4(cell)).append("</td>"));
      body.append("</tr>\n");
    }
    body.append("</tbody>\n</table>\n");
  }

  @Override
  public void charts() {
    for (ChartImage chart : charts) {
      body.append("<figure>\n<img src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(chart.png()))
          .append("\" alt=\"").append(escapeHtml4(chart.description())).append("\" width=\"")
          .append(ChartDrawing.WIDTH).append("\" height=\"").append(ChartDrawing.HEIGHT).append("\">\n");
      element("figcaption", chart.title());
      body.append("</figure>\n");
    }
  }

  @Override
  public String finish() {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>Ferret: " + escapeHtml4(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n"
        + "<body>\n<main>\n" + body + "</main>\n</body>\n</html>\n";
  }

  private void element(String tag, String text) {
    element(tag, tag, text);
  }

  /** @param open the opening tag's inside, with any attributes; {@code close} is the bare tag name */
  private void element(String open, String close, String text) {
    body.append('<').append(open).append('>').append(escapeHtml4(text)).append("</").append(close).append(">\n");
  }
}
