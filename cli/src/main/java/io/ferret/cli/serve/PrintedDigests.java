package io.ferret.cli.serve;

import io.ferret.investigator.answer.AnswerFormat;
import io.ferret.investigator.answer.DigestRenderer;
import io.ferret.investigator.digest.Digest;
import io.ferret.investigator.digest.DigestSink;
import java.io.PrintStream;
import java.util.List;

/** Where digests go while no Slack app is configured: printed on the server's output, channels named. */
final class PrintedDigests implements DigestSink {
  private final PrintStream out;

  private PrintedDigests(PrintStream out) {
    this.out = out;
  }

  static PrintedDigests toStandardOutput() {
    return new PrintedDigests(System.out);
  }

  @Override
  public synchronized void post(Digest digest, List<String> channels) {
    out.println("ferret serve: digest " + digest.name() + (channels.isEmpty() ? ""
        : " for " + String.join(", ", channels) + " (no Slack app configured, so printed here)") + ":");
    out.print(DigestRenderer.render(digest, AnswerFormat.TEXT));
    out.flush();
  }
}
