package io.ferret.investigator.digest;

import io.ferret.investigator.finding.NumberText;
import io.ferret.investigator.finding.SegmentText;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** The sentences of a digest, shared by its text, markdown and Slack forms so they always say the same. */
public final class DigestText {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MMM d, yyyy", Locale.ENGLISH);

  private DigestText() {}

  /** "Digest daily for Sat Nov 14, 2026 (UTC): 2 anomalies across 1 table, 96 series checked." */
  public static String heading(Digest digest) {
    int count = digest.anomalies().size();
    return "Digest " + digest.name() + " for " + DAY.format(digest.day()) + " (" + digest.zone().getId() + "): "
        + (count == 0 ? "all clear" : count + (count == 1 ? " anomaly" : " anomalies")) + " across "
        + digest.tables().size() + (digest.tables().size() == 1 ? " table" : " tables") + ", "
        + digest.series() + " series checked.";
  }

  /** Said when the run catches up on a window it missed, so nobody mistakes it for today's. */
  public static String lateNote(Digest digest) {
    return "This digest is late: Ferret was not running when it was due, so it covers " + DAY.format(digest.day())
        + " now.";
  }

  /** "Nothing moved beyond normal variation…", for a digest with no anomaly. */
  public static String allClear(Digest digest) {
    return "All clear: no metric moved beyond its normal range for the weekday (" + digest.series()
        + " series checked).";
  }

  /**
   * One anomaly in one sentence, with its numbers: "region = EMEA: revenue in orders fell 62.1%: 41,300 against
   * an expected 109,000 (the median of earlier Saturdays; 212 rows)", or "… still low, day 3: …" for an ongoing
   * shift.
   */
  public static String line(Anomaly anomaly) {
    String subject = (anomaly.segment().isEmpty() ? "" : SegmentText.conditions(anomaly.segment()) + ": ")
        + anomaly.metric() + " in " + anomaly.table();
    String movement = anomaly.ongoing()
        ? (anomaly.rose() ? " still elevated" : " still low") + ", day " + anomaly.dayOfShift()
        : Double.isFinite(anomaly.relativeChange())
            ? (anomaly.rose() ? " rose " : " fell ") + NumberText.percent(Math.abs(anomaly.relativeChange()))
            : " rose from nothing";
    return subject + movement + ": " + NumberText.value(anomaly.kind(), anomaly.actual()) + " against an expected "
        + NumberText.value(anomaly.kind(), anomaly.expected()) + " (the median of earlier "
        + anomaly.day().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "s; "
        + NumberText.count(anomaly.rows()) + " rows).";
  }
}
