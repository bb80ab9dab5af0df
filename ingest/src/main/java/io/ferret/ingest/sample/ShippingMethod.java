package io.ferret.ingest.sample;

import java.util.Locale;

/** How an order reaches the customer; digital goods are not shipped. */
enum ShippingMethod {
  STANDARD,
  EXPRESS,
  PICKUP,
  DIGITAL;

  private final String label = name().toLowerCase(Locale.ROOT);

  /** The value in events: the constant's name in lower case. */
  String label() {
    return label;
  }
}
