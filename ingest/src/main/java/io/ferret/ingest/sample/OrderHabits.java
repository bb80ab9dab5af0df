package io.ferret.ingest.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** How customers of each segment and region buy: channel, payment, quantity, discount and outcome of an order. */
final class OrderHabits {
  /** Channel weights per segment, in {@link Channel} order: large accounts buy through sales and partners. */
  private static final double[][] CHANNEL_BY_SEGMENT = {
    {10, 30, 55, 5}, // enterprise
    {35, 28, 27, 10}, // mid-market
    {58, 12, 5, 25}, // smb
  };

  /**
   * Channel affinity per region, in {@link Channel} order: EMEA sells largely through resellers, APAC
   * customers favour the app. This makes EMEA partner orders about a sixth of all orders.
   */
  private static final double[][] CHANNEL_AFFINITY_BY_REGION = {
    {1.0, 0.8, 1.1, 1.1}, // NA
    {0.7, 3.0, 0.8, 0.6}, // EMEA
    {1.0, 1.0, 0.8, 1.8}, // APAC
    {1.2, 1.2, 0.7, 1.3}, // LATAM
  };

  private static final int REGION_COUNT = Region.values().length;
  /** Indexed by segment ordinal * REGION_COUNT + region ordinal. */
  private static final List<WeightedChoice<Channel>> CHANNEL_CHOICES = channelChoices();

  /** Payment weights per segment, in {@link PaymentMethod} order: large accounts pay by invoice or wire. */
  private static final List<WeightedChoice<PaymentMethod>> PAYMENT_BY_SEGMENT =
      List.of(
          WeightedChoice.of(List.of(PaymentMethod.values()), 12, 62, 26, 0, 0),
          WeightedChoice.of(List.of(PaymentMethod.values()), 45, 38, 8, 6, 3),
          WeightedChoice.of(List.of(PaymentMethod.values()), 68, 5, 2, 16, 9));

  private static final List<Integer> DISCOUNTS = List.of(0, 5, 10, 15, 20, 25);
  /** Discount codes indexed by percentage, made once so that events share them. */
  private static final String[] COUPON_CODES = couponCodes();
  private static final List<WeightedChoice<Integer>> DISCOUNT_BY_SEGMENT =
      List.of(
          WeightedChoice.of(DISCOUNTS, 40, 15, 20, 14, 8, 3),
          WeightedChoice.of(DISCOUNTS, 64, 11, 14, 7, 3, 1),
          WeightedChoice.of(DISCOUNTS, 80, 8, 8, 3, 1, 0));

  /**
   * Mean units per order per segment, before channel and category factors. Quantities are geometric, so most
   * orders are for one or two units.
   */
  private static final double[] MEAN_QUANTITY_BY_SEGMENT = {3, 1.8, 1.25};

  /** Partners resell to several end customers at once, so their orders are larger. */
  private static final double PARTNER_QUANTITY_FACTOR = 2;

  private static final int MAX_QUANTITY = 99;
  private static final int CATEGORY_COUNT = ProductCategory.values().length;
  /** Indexed by (segment ordinal * 2 + 1 if partner) * CATEGORY_COUNT + category ordinal. */
  private static final List<WeightedChoice<Integer>> QUANTITY_CHOICES = quantityChoices();

  private static final WeightedChoice<OrderStatus> STATUSES =
      WeightedChoice.of(List.of(OrderStatus.COMPLETED, OrderStatus.REFUNDED, OrderStatus.CANCELLED), 94, 3.5, 2.5);

  private static final WeightedChoice<ShippingMethod> PHYSICAL_SHIPPING_METHODS =
      WeightedChoice.of(List.of(ShippingMethod.STANDARD, ShippingMethod.EXPRESS, ShippingMethod.PICKUP), 64, 26, 10);

  private OrderHabits() {}

  static WeightedChoice<Channel> channels(Customer customer) {
    return CHANNEL_CHOICES.get(customer.segment().ordinal() * REGION_COUNT + customer.region().ordinal());
  }

  static PaymentMethod paymentMethod(CustomerSegment segment, SplittableRandom random) {
    return PAYMENT_BY_SEGMENT.get(segment.ordinal()).draw(random);
  }

  static int discountPct(CustomerSegment segment, SplittableRandom random) {
    return DISCOUNT_BY_SEGMENT.get(segment.ordinal()).draw(random);
  }

  /** The code that grants a discount, e.g. "SAVE10". */
  static String couponCode(int discountPct) {
    return COUPON_CODES[discountPct];
  }

  static int quantity(
      CustomerSegment segment, Channel channel, ProductCategory category, SplittableRandom random) {
    int partner = channel == Channel.PARTNER ? 1 : 0;
    return QUANTITY_CHOICES.get((segment.ordinal() * 2 + partner) * CATEGORY_COUNT + category.ordinal()).draw(random);
  }

  static OrderStatus status(SplittableRandom random) {
    return STATUSES.draw(random);
  }

  static ShippingMethod physicalShippingMethod(SplittableRandom random) {
    return PHYSICAL_SHIPPING_METHODS.draw(random);
  }

  private static String[] couponCodes() {
    String[] codes = new String[DISCOUNTS.get(DISCOUNTS.size() - 1) + 1];
    DISCOUNTS.forEach(pct -> codes[pct] = "SAVE" + pct);
    return codes;
  }

  private static List<WeightedChoice<Channel>> channelChoices() {
    List<WeightedChoice<Channel>> choices = new ArrayList<>();
    for (CustomerSegment segment : CustomerSegment.values()) {
      for (Region region : Region.values()) {
        double[] weights = new double[Channel.values().length];
        for (int channel = 0; channel < weights.length; channel++) {
          weights[channel] =
              CHANNEL_BY_SEGMENT[segment.ordinal()][channel] * CHANNEL_AFFINITY_BY_REGION[region.ordinal()][channel];
        }
        choices.add(WeightedChoice.of(List.of(Channel.values()), weights));
      }
    }
    return List.copyOf(choices);
  }

  private static List<WeightedChoice<Integer>> quantityChoices() {
    List<Integer> quantities = new ArrayList<>(MAX_QUANTITY);
    for (int quantity = 1; quantity <= MAX_QUANTITY; quantity++) {
      quantities.add(quantity);
    }
    List<WeightedChoice<Integer>> choices = new ArrayList<>();
    for (double segmentMean : MEAN_QUANTITY_BY_SEGMENT) {
      for (double channelFactor : new double[] {1, PARTNER_QUANTITY_FACTOR}) {
        for (ProductCategory category : ProductCategory.values()) {
          double continuation = 1 - 1 / (segmentMean * channelFactor * category.quantityFactor());
          double[] weights = new double[MAX_QUANTITY];
          for (int index = 0; index < MAX_QUANTITY; index++) {
            weights[index] = Math.pow(continuation, index);
          }
          choices.add(WeightedChoice.of(quantities, weights));
        }
      }
    }
    return List.copyOf(choices);
  }
}
