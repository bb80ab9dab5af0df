package io.ferret.slack;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The last questions answered, by button key and by thread; older ones are forgotten (a restart forgets all),
 * so a stale button or thread gets a polite "ask again".
 */
final class RecentQuestions {
  private static final int KEPT = 1_000;

  private final AtomicLong next = new AtomicLong();
  private final Map<String, Asked> byKey = lru();
  private final Map<String, String> keyByThread = lru();

  String nextKey() {
    return "q" + next.incrementAndGet();
  }

  synchronized void remember(Asked asked) {
    byKey.put(asked.key(), asked);
    // a thread's follow-ups read with the question that started it, not with a later dig-deeper in it
    keyByThread.putIfAbsent(thread(asked.channel(), asked.threadTs()), asked.key());
  }

  synchronized Optional<Asked> byKey(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** The question that started the thread. */
  synchronized Optional<Asked> byThread(String channel, String threadTs) {
    return Optional.ofNullable(keyByThread.get(thread(channel, threadTs))).map(byKey::get);
  }

  private static String thread(String channel, String threadTs) {
    return channel + "/" + threadTs;
  }

  private static <V> Map<String, V> lru() {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > KEPT;
      }
    };
  }
}
