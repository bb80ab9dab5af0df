package io.ferret.slack;

import io.ferret.investigator.Investigation;
import java.util.List;

/**
 * A question answered in Slack, kept so its thread's follow-ups and its buttons can find it again.
 *
 * @param key the id its buttons carry
 * @param channel where it was answered
 * @param threadTs the thread its answer, evidence and follow-ups live in
 * @param tables the tables this conversation may query; empty for every table
 * @param investigation the answer
 */
record Asked(String key, String channel, String threadTs, List<String> tables, Investigation investigation) {
  Asked {
    tables = List.copyOf(tables);
  }
}
