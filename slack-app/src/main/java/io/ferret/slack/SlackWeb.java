package io.ferret.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.request.files.FilesUploadV2Request;
import com.slack.api.model.block.LayoutBlock;
import io.ferret.investigator.answer.ChartImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Web API calls the app makes, with Slack's errors turned into {@link SlackCallException} and rate limits
 * (HTTP 429) waited out for the Retry-After Slack names.
 */
final class SlackWeb {
  private static final Logger LOG = LoggerFactory.getLogger(SlackWeb.class);
  private static final int MAX_ATTEMPTS = 4;
  private static final Duration MAX_WAIT = Duration.ofSeconds(30);

  @FunctionalInterface
  interface Call<T extends SlackApiTextResponse> {
    T call() throws IOException, SlackApiException;
  }

  private final MethodsClient methods;

  SlackWeb(MethodsClient methods) {
    this.methods = methods;
  }

  /** The bot's user id, which checks the token at startup. */
  String authTest() {
    return call("auth.test", () -> methods.authTest(r -> r)).getUserId();
  }

  /** Posts a message (in a thread when {@code threadTs} is not null) and returns its ts. */
  String post(String channel, String threadTs, AnswerMessage message) {
    return call("chat.postMessage", () -> methods.chatPostMessage(r -> r.channel(channel).threadTs(threadTs)
        .text(message.text()).blocks(blocksOrNone(message)))).getTs();
  }

  void update(String channel, String ts, AnswerMessage message) {
    call("chat.update", () -> methods.chatUpdate(r -> r.channel(channel).ts(ts).text(message.text())
        .blocks(blocksOrNone(message))));
  }

  /** Null for a text-only message, so the call carries no blocks parameter at all. */
  private static List<LayoutBlock> blocksOrNone(AnswerMessage message) {
    return message.blocks().isEmpty() ? null : message.blocks();
  }

  /** Shows {@code text} to one user only. */
  void postEphemeral(String channel, String user, String text) {
    call("chat.postEphemeral", () -> methods.chatPostEphemeral(r -> r.channel(channel).user(user).text(text)));
  }

  /** Uploads the charts to a thread with files.uploadV2, each with its description as alt text and comment. */
  void upload(String channel, String threadTs, List<ChartImage> charts) {
    List<FilesUploadV2Request.UploadFile> files = charts.stream().map(chart -> FilesUploadV2Request.UploadFile
        .builder().fileData(chart.png()).filename(fileName(chart)).title(chart.title())
        .altTxt(chart.description()).build()).toList();
    String comment = String.join("\n", charts.stream().map(c -> c.title() + ": " + c.description()).toList());
    call("files.uploadV2", () -> methods.filesUploadV2(r -> r.channel(channel).threadTs(threadTs)
        .uploadFiles(files).initialComment(comment).requestFileInfo(false)));
  }

  private static String fileName(ChartImage chart) {
    return chart.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".png";
  }

  private static <T extends SlackApiTextResponse> T call(String method, Call<T> call) {
    for (int attempt = 1; ; attempt++) {
      try {
        T response = call.call();
        if (!response.isOk()) {
          throw new SlackCallException(method, response.getError(), null);
        }
        return response;
      } catch (SlackApiException e) {
        Duration wait = retryAfter(e);
        if (e.getResponse().code() != 429 || attempt == MAX_ATTEMPTS) {
          String error = e.getError() != null && e.getError().getError() != null ? e.getError().getError()
              : "HTTP " + e.getResponse().code();
          throw new SlackCallException(method, error, e);
        }
        LOG.info("{} rate limited; retrying in {} s (attempt {} of {})", method, wait.toSeconds(), attempt,
            MAX_ATTEMPTS);
        sleep(wait);
      } catch (IOException e) {
        throw new UncheckedIOException(method + " could not reach Slack", e);
      }
    }
  }

  private static Duration retryAfter(SlackApiException e) {
    String header = e.getResponse().header("Retry-After");
    try {
      Duration wait = Duration.ofSeconds(header == null ? 1 : Long.parseLong(header.strip()));
      return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    } catch (NumberFormatException notSeconds) {
      return Duration.ofSeconds(1);
    }
  }

  private static void sleep(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting out a Slack rate limit", e);
    }
  }
}
