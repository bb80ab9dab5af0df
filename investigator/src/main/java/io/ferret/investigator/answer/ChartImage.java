package io.ferret.investigator.answer;

import java.util.Objects;

/**
 * One chart of an answer, drawn as a PNG picture.
 *
 * @param title what it shows, e.g. "Revenue over time"
 * @param description the chart in words, for alt text and for readers who cannot see it
 * @param png the picture; copied in and out, so a chart never changes after it is drawn
 */
public record ChartImage(String title, String description, byte[] png) {
  public ChartImage {
    Objects.requireNonNull(title, "title is null");
    Objects.requireNonNull(description, "description is null");
    png = png.clone();
  }

  @Override
  public byte[] png() {
    return png.clone();
  }
}
