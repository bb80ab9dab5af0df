package io.ferret.ingest.sample;

import java.util.Locale;

/**
 * The eight product categories with their share of orders, list price range and typical order size. Cheap
 * goods are bought by the box and expensive ones singly, as in real order books.
 */
enum ProductCategory {
  ELECTRONICS(22, 40, 500, 1, Fulfilment.SHIPPED),
  OFFICE_SUPPLIES(20, 3, 40, 4, Fulfilment.SHIPPED),
  ACCESSORIES(16, 8, 120, 2, Fulfilment.SHIPPED),
  SOFTWARE(15, 20, 400, 1.5, Fulfilment.DIGITAL),
  FURNITURE(10, 100, 700, 1, Fulfilment.SHIPPED),
  SERVICES(9, 200, 900, 1, Fulfilment.DIGITAL),
  TRAINING(6, 200, 700, 1, Fulfilment.DIGITAL),
  // Share 2 so that decimal quantities appear in about 2% of orders after the schema change.
  RAW_MATERIALS(2, 2, 20, 5, Fulfilment.WEIGHED);

  private final String label = name().toLowerCase(Locale.ROOT).replace('_', '-');
  private final double share;
  private final double lowPrice;
  private final double highPrice;
  private final double quantityFactor;
  private final Fulfilment fulfilment;

  ProductCategory(double share, double lowPrice, double highPrice, double quantityFactor, Fulfilment fulfilment) {
    this.share = share;
    this.lowPrice = lowPrice;
    this.highPrice = highPrice;
    this.quantityFactor = quantityFactor;
    this.fulfilment = fulfilment;
  }

  /** The value in events, e.g. "office-supplies". */
  String label() {
    return label;
  }

  /** Relative share of orders. */
  double share() {
    return share;
  }

  /** Lowest list price in dollars. */
  double lowPrice() {
    return lowPrice;
  }

  /** Highest list price in dollars. */
  double highPrice() {
    return highPrice;
  }

  /** Mean order quantity relative to other categories for the same buyer. */
  double quantityFactor() {
    return quantityFactor;
  }

  Fulfilment fulfilment() {
    return fulfilment;
  }

  /** How goods are measured and delivered, which decides the quantity format and shipping. */
  enum Fulfilment {
    /** Counted in whole units and shipped. */
    SHIPPED,
    /** Sold by the kilogram and shipped; after the schema change the quantity carries decimals. */
    WEIGHED,
    /** Delivered online, so never shipped. */
    DIGITAL
  }
}
