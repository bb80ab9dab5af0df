package io.ferret.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import io.ferret.investigator.answer.AnswerFormat;
import io.ferret.investigator.answer.DigestRenderer;
import io.ferret.investigator.digest.Anomaly;
import io.ferret.investigator.digest.Digest;
import io.ferret.investigator.digest.DigestSink;
import io.ferret.investigator.digest.DigestText;
import io.ferret.ml.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Posts a digest run to its channels as one message each: the heading, then the anomalies ranked, each with its
 * one-line explanation and a "Dig deeper" button that asks Ferret why, in the message's thread. The whole digest
 * is in the message text too, for notifications, search and screen readers.
 */
final class SlackDigests implements DigestSink {
  static final String DIG_DEEPER = "ferret_digest_dig_deeper";
  /** Slack allows 50 blocks a message; the text form lists as many anomalies. */
  private static final int LISTED = 10;

  private final SlackWeb web;

  SlackDigests(SlackWeb web) {
    this.web = web;
  }

  @Override
  public void post(Digest digest, List<String> channels) {
    AnswerMessage message = new AnswerMessage(DigestRenderer.render(digest, AnswerFormat.TEXT), blocks(digest));
    for (String channel : channels) {
      web.post(channel, null, message);
    }
  }

  static List<LayoutBlock> blocks(Digest digest) {
    List<LayoutBlock> blocks = new ArrayList<>();
    String heading = "*" + Mrkdwn.escape(DigestText.heading(digest)) + "*"
        + (digest.late() ? "\n_" + Mrkdwn.escape(DigestText.lateNote(digest)) + "_" : "")
        + (digest.allClear() ? "\n" + Mrkdwn.escape(DigestText.allClear(digest)) : "");
    blocks.add(section(s -> s.text(markdownText(heading))));
    int rank = 1;
    for (Anomaly anomaly : digest.anomalies().subList(0, Math.min(LISTED, digest.anomalies().size()))) {
      String text = rank++ + ". " + Mrkdwn.escape(DigestText.line(anomaly))
          + (anomaly.explanation() == null ? "" : "\n" + Mrkdwn.escape(anomaly.explanation()));
      blocks.add(section(s -> s.text(markdownText(text)).accessory(button(b -> b.actionId(DIG_DEEPER)
          .text(plainText("Dig deeper")).value(question(anomaly))))));
    }
    return blocks;
  }

  /** The question "Dig deeper" asks: "why did EMEA revenue fall on 2026-11-14?", in words Ferret reads. */
  static String question(Anomaly anomaly) {
    String where = anomaly.segment().stream().map(Predicate::value).map(String::valueOf)
        .collect(Collectors.joining(" "));
    // the table is left out: "in orders" would read as the orders metric; the channel's tables decide it
    return "why did " + (where.isEmpty() ? "" : where + " ") + anomaly.metric() + " "
        + (anomaly.rose() ? "rise" : "fall") + " on " + anomaly.day() + "?";
  }
}
