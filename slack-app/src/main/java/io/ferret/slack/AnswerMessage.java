package io.ferret.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import io.ferret.investigator.Finding;
import io.ferret.investigator.Investigation;
import io.ferret.investigator.InvestigationStatus;
import io.ferret.investigator.answer.AnswerFormat;
import io.ferret.investigator.answer.AnswerRenderer;
import io.ferret.investigator.answer.ConfidenceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One Slack message: its text, which notifications, search and screen readers read and which carries every
 * number, and its Block Kit blocks (none for a text-only message).
 */
record AnswerMessage(String text, List<LayoutBlock> blocks) {
  static final String DIG_DEEPER = "ferret_dig_deeper";
  static final String SHOW_EVIDENCE = "ferret_show_evidence";
  static final String HELPFUL = "ferret_helpful";
  static final String NOT_HELPFUL = "ferret_not_helpful";
  private static final int TOP_FINDINGS = 3;
  /** Slack's limit for a section's text. */
  private static final int SECTION_LIMIT = 3000;

  AnswerMessage {
    Objects.requireNonNull(text, "text is null");
    blocks = List.copyOf(blocks);
  }

  /** A message of one paragraph. */
  static AnswerMessage plain(String text) {
    return new AnswerMessage(text, List.of(section(s -> s.text(markdownText(clip(Mrkdwn.escape(text)))))));
  }

  /**
   * Each finding's recipe, as the explained text answer writes it, in a code block: text only, since a block
   * would cut it at 3,000 characters.
   */
  static AnswerMessage evidence(Investigation investigation) {
    return new AnswerMessage("Evidence for \"" + investigation.question() + "\"\n```\n"
        + AnswerRenderer.render(investigation, AnswerFormat.TEXT, true) + "\n```", List.of());
  }

  static AnswerMessage investigating(String question) {
    return plain("Investigating… \"" + question + "\"");
  }

  static AnswerMessage progress(String question, int done, int planned) {
    return plain("Investigating… \"" + question + "\": " + done + " of " + planned + " probes done");
  }

  /**
   * The answer: headline, top findings with numbers and confidence, what was ruled out, caveats and the
   * buttons, which carry {@code key} to find the investigation again.
   */
  static AnswerMessage answer(String key, Investigation investigation) {
    String text = AnswerRenderer.render(investigation, AnswerFormat.TEXT, false);
    if (investigation.status() == InvestigationStatus.ERROR) {
      return plain("Sorry, I couldn't answer that. " + investigation.summary());
    }
    if (investigation.status() == InvestigationStatus.NEEDS_CLARIFICATION) {
      return plain(clarification(investigation));
    }
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(section(s -> s.text(markdownText(clip("*" + Mrkdwn.escape(investigation.summary()) + "*")))));
    if (!investigation.rows().isEmpty()) {
      // a lookup's table, as the text answer lays it out; monospace keeps its columns aligned
      blocks.add(section(s -> s.text(markdownText(clip("```\n" + text.strip() + "\n```")))));
    }
    List<Finding> top = investigation.findings().stream().limit(TOP_FINDINGS).toList();
    for (Finding finding : top) {
      blocks.add(section(s -> s.text(markdownText(clip(finding.rank() + ". " + Mrkdwn.escape(finding.statement())
              + "\n_" + ConfidenceText.of(finding.confidence()) + "_")))
          .accessory(button(b -> b.actionId(DIG_DEEPER).text(plainText("Dig deeper"))
              .value(key + ":" + finding.rank())))));
    }
    bullets("Ruled out", investigation.ruledOut()).ifPresent(blocks::add);
    bullets("Caveats", investigation.caveats()).ifPresent(blocks::add);
    blocks.add(divider());
    blocks.add(actions(a -> a.elements(List.of(
        button(b -> b.actionId(SHOW_EVIDENCE).text(plainText("Show evidence")).value(key)),
        button(b -> b.actionId(HELPFUL).text(plainText("Helpful")).value(key)),
        button(b -> b.actionId(NOT_HELPFUL).text(plainText("Not helpful")).value(key))))));
    return new AnswerMessage(text, blocks);
  }

  private static String clarification(Investigation investigation) {
    List<String> candidates = investigation.clarification() == null ? List.of()
        : investigation.clarification().candidates();
    return "I need a little more to go on: " + investigation.summary()
        + (candidates.isEmpty() ? "" : " Did you mean one of: " + String.join(", ", candidates) + "?");
  }

  private static Optional<LayoutBlock> bullets(String title, List<String> lines) {
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder("*" + title + "*");
    lines.forEach(line -> text.append("\n• ").append(Mrkdwn.escape(line)));
    return Optional.of(context(c -> c.elements(List.of(markdownText(clip(text.toString()))))));
  }

  private static String clip(String text) {
    return text.length() <= SECTION_LIMIT ? text : text.substring(0, SECTION_LIMIT - 1) + "…";
  }
}
