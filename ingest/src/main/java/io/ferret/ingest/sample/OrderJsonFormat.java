package io.ferret.ingest.sample;

import static io.ferret.ingest.sample.AsciiBuffer.ascii;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes an order as one compact JSON object. Every string comes from the generator's own ASCII tables, so
 * nothing needs escaping. Text that depends only on the customer, the product or an enum value is rendered
 * once, keys included, and copied after that: formatting is then a few array copies and numbers per order.
 */
final class OrderJsonFormat {
  private static final int SECONDS_PER_DAY = 86_400;
  /** Order numbers are padded to nine digits; larger ones are written in full and stay unique. */
  private static final int ORDER_NUMBER_DIGITS = 9;
  private static final PaymentMethod[] PAYMENT_METHODS = PaymentMethod.values();
  private static final OrderStatus[] STATUSES = OrderStatus.values();

  private static final byte[] ORDER_ID = ascii("{\"order_id\":\"ord-");
  private static final byte[] NULL_COUPON = ascii(",\"coupon\":null");

  private static final byte[][] CHANNELS = render(Channel.values(), channel -> '"' + channel.label() + '"');
  /** The adjacent is_first_order, payment_method and status fields for every combination of their values. */
  private static final byte[][] OUTCOMES = outcomes();
  private static final byte[][] SHIPPING_METHODS =
      render(ShippingMethod.values(), method -> ",\"shipping\":{\"method\":\"" + method.label() + "\",\"cost\":");

  /** Per customer index: from the order id's closing quote up to the channel's value. */
  private final byte[][] customerParts = new byte[CustomerPool.SIZE][];
  /** Per customer index: from after the amount up to the discount's value. */
  private final byte[][] currencyParts = new byte[CustomerPool.SIZE][];
  /** Per product index: from after the channel up to the quantity's value. */
  private final byte[][] productParts = new byte[ProductCatalog.SIZE][];
  /** Per product index: from after the quantity up to the amount's value. */
  private final byte[][] priceParts = new byte[ProductCatalog.SIZE][];
  private final Map<String, byte[]> couponParts = new HashMap<>();

  // Times arrive sorted, so the date changes only once a day and is worth keeping, with the key before it.
  private long cachedDay = Long.MIN_VALUE;
  private byte[] cachedDatePart;

  void append(Order order, AsciiBuffer out) {
    Customer customer = order.customer();
    Product product = order.product();
    out.append(ORDER_ID).appendDigits(order.number(), ORDER_NUMBER_DIGITS);
    appendTimestamp(order.epochSecond(), out);
    out.append(customerPart(customer)).append(CHANNELS[order.channel().ordinal()]).append(productPart(product));
    out.appendDigits(order.quantityTenths() / 10);
    if (order.decimalQuantity()) {
      out.append('.').appendDigits(order.quantityTenths() % 10);
    }
    out.append(pricePart(product));
    if (order.amountAsString()) {
      out.append('"');
      appendMoney(order.amountCents(), out);
      out.append('"');
    } else {
      appendMoney(order.amountCents(), out);
    }
    out.append(currencyPart(customer)).appendDigits(order.discountPct());
    if (order.couponKeyPresent()) {
      out.append(order.coupon() == null ? NULL_COUPON : couponPart(order.coupon()));
    }
    out.append(OUTCOMES[outcomeIndex(order.firstOrder(), order.paymentMethod(), order.status())]);
    Order.Shipping shipping = order.shipping();
    if (shipping != null) {
      out.append(SHIPPING_METHODS[shipping.method().ordinal()]);
      appendMoney(shipping.costCents(), out);
      out.append('}');
    }
    out.append('}');
  }

  private byte[] customerPart(Customer customer) {
    byte[] part = customerParts[customer.index()];
    if (part == null) {
      part =
          ascii(
              "\",\"customer\":{\"id\":\"" + customer.id()
                  + "\",\"segment\":\"" + customer.segment().label()
                  + "\",\"country\":\"" + customer.country()
                  + "\"},\"region\":\"" + customer.region().name()
                  + "\",\"channel\":");
      customerParts[customer.index()] = part;
    }
    return part;
  }

  private byte[] currencyPart(Customer customer) {
    byte[] part = currencyParts[customer.index()];
    if (part == null) {
      part = ascii(",\"currency\":\"" + customer.currency() + "\",\"discount_pct\":");
      currencyParts[customer.index()] = part;
    }
    return part;
  }

  private byte[] productPart(Product product) {
    byte[] part = productParts[product.index()];
    if (part == null) {
      part =
          ascii(
              ",\"product\":{\"sku\":\"" + product.sku()
                  + "\",\"category\":\"" + product.category().label()
                  + "\"},\"quantity\":");
      productParts[product.index()] = part;
    }
    return part;
  }

  private byte[] pricePart(Product product) {
    byte[] part = priceParts[product.index()];
    if (part == null) {
      AsciiBuffer price = new AsciiBuffer(32);
      price.append(ascii(",\"unit_price\":"));
      appendMoney(product.unitPriceCents(), price);
      price.append(ascii(",\"amount\":"));
      part = price.toBytes();
      priceParts[product.index()] = part;
    }
    return part;
  }

  private byte[] couponPart(String coupon) {
    return couponParts.computeIfAbsent(coupon, code -> ascii(",\"coupon\":\"" + code + '"'));
  }

  /** The ts field up to its closing quote: ISO-8601 UTC to the second, e.g. 2026-11-15T23:59:59Z. */
  private void appendTimestamp(long epochSecond, AsciiBuffer out) {
    long day = Math.floorDiv(epochSecond, SECONDS_PER_DAY);
    if (day != cachedDay) {
      cachedDay = day;
      cachedDatePart = ascii("\",\"ts\":\"" + LocalDate.ofEpochDay(day) + "T");
    }
    int secondOfDay = (int) (epochSecond - day * SECONDS_PER_DAY);
    out.append(cachedDatePart)
        .appendTwoDigits(secondOfDay / 3600)
        .append(':')
        .appendTwoDigits(secondOfDay / 60 % 60)
        .append(':')
        .appendTwoDigits(secondOfDay % 60)
        .append('Z');
  }

  /** Always two decimals, as prices are quoted ("49.90"), both for numbers and for numeric strings. */
  private static void appendMoney(long cents, AsciiBuffer out) {
    out.appendDigits(cents / 100).append('.').appendTwoDigits((int) (cents % 100));
  }

  /** Index into {@link #OUTCOMES}; a missing payment method takes the slot after the last one. */
  private static int outcomeIndex(boolean firstOrder, PaymentMethod paymentMethod, OrderStatus status) {
    int payment = paymentMethod == null ? PAYMENT_METHODS.length : paymentMethod.ordinal();
    return ((firstOrder ? 1 : 0) * (PAYMENT_METHODS.length + 1) + payment) * STATUSES.length + status.ordinal();
  }

  private static byte[][] outcomes() {
    byte[][] outcomes = new byte[2 * (PAYMENT_METHODS.length + 1) * STATUSES.length][];
    for (boolean firstOrder : new boolean[] {false, true}) {
      for (int payment = 0; payment <= PAYMENT_METHODS.length; payment++) {
        PaymentMethod paymentMethod = payment < PAYMENT_METHODS.length ? PAYMENT_METHODS[payment] : null;
        String paymentValue = paymentMethod == null ? "null" : '"' + paymentMethod.label() + '"';
        for (OrderStatus status : STATUSES) {
          outcomes[outcomeIndex(firstOrder, paymentMethod, status)] =
              ascii(
                  ",\"is_first_order\":" + firstOrder
                      + ",\"payment_method\":" + paymentValue
                      + ",\"status\":\"" + status.label() + '"');
        }
      }
    }
    return outcomes;
  }

  /** Renders each constant's text once, indexed by ordinal. */
  private static <E extends Enum<E>> byte[][] render(E[] constants, Function<E, String> text) {
    return Arrays.stream(constants).map(constant -> ascii(text.apply(constant))).toArray(byte[][]::new);
  }
}
