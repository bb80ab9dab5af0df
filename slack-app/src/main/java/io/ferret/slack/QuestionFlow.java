package io.ferret.slack;

import io.ferret.investigator.ErrorIds;
import io.ferret.investigator.Investigation;
import io.ferret.investigator.ProbeProgress;
import io.ferret.investigator.answer.AnswerCharts;
import io.ferret.investigator.answer.ChartImage;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one question in a conversation: posts "Investigating…", updates it as probes finish, replaces it with
 * the answer and adds the charts in its thread. Slack's refusals and internal errors become friendly messages.
 */
final class QuestionFlow {
  private static final Logger LOG = LoggerFactory.getLogger(QuestionFlow.class);
  static final String INVITE = "I can't post in this channel yet. Invite me with `/invite @Ferret` and ask again.";

  private final SlackWeb web;
  private final RecentQuestions recent;
  private final ExecutorService updates;

  QuestionFlow(SlackWeb web, RecentQuestions recent, ExecutorService updates) {
    this.web = web;
    this.recent = recent;
    this.updates = updates;
  }

  /**
   * Runs {@code investigate} and answers with it; {@code tables} are the conversation's allowed tables (empty
   * for all), checked against the table the question was read as.
   */
  void answer(Conversation where, String question, List<String> tables,
      Function<ProbeProgress, Investigation> investigate) {
    try {
      String ts = web.post(where.channel(), where.threadTs(), AnswerMessage.investigating(question));
      String thread = where.threadTs() != null ? where.threadTs() : ts;
      ProgressUpdates progress = new ProgressUpdates(web, updates, where.channel(), ts, question);
      Investigation investigation = investigate.apply(progress);
      progress.finish();
      if (!allowed(tables, investigation)) {
        web.update(where.channel(), ts, AnswerMessage.plain(Refusals.table(investigation, tables)));
        return;
      }
      Asked asked = new Asked(recent.nextKey(), where.channel(), thread, tables, investigation);
      recent.remember(asked);
      web.update(where.channel(), ts, AnswerMessage.answer(asked.key(), investigation));
      List<ChartImage> charts = AnswerCharts.of(investigation);
      if (!charts.isEmpty()) {
        web.upload(where.channel(), thread, charts);
      }
    } catch (SlackCallException e) {
      if ("not_in_channel".equals(e.error()) || "channel_not_found".equals(e.error())) {
        LOG.info("cannot post in {}: {}", where.channel(), e.error());
        tell(where, INVITE);
      } else {
        internalError(where, question, e);
      }
    } catch (RuntimeException e) {
      internalError(where, question, e);
    }
  }

  /** Tells the asker privately when possible, else in the conversation. */
  void tell(Conversation where, String text) {
    if (where.notice() != null) {
      where.notice().accept(text);
    } else {
      web.post(where.channel(), where.threadTs(), AnswerMessage.plain(text));
    }
  }

  /** Logs the failure under a fresh id and shows the asker only that id; never a stack trace. */
  void internalError(Conversation where, String what, Exception e) {
    String id = ErrorIds.next();
    LOG.error("slack error {} answering \"{}\" in {}", id, what, where.channel(), e);
    try {
      tell(where, "Sorry, something went wrong on my side (error id " + id + "). Please try again.");
    } catch (RuntimeException unreachable) {
      LOG.error("slack error {}: could not tell the user either", id, unreachable);
    }
  }

  private static boolean allowed(List<String> tables, Investigation investigation) {
    return tables.isEmpty() || investigation.interpretation() == null
        || tables.contains(investigation.interpretation().table());
  }
}
