package io.ferret.ingest.sample;

import java.util.Locale;

/** How an order was placed. */
enum Channel {
  WEB,
  PARTNER,
  SALES,
  APP;

  private final String label = name().toLowerCase(Locale.ROOT);

  /** The value in events: the constant's name in lower case. */
  String label() {
    return label;
  }
}
