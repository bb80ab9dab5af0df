package io.ferret.ingest.sample;

import java.util.Map;

/**
 * How a {@link PlantedIncident} is realised. Let p be the share of normal orders its filter matches and m its
 * multiplier. Inside the window the total order rate is scaled by 1 - p + p·m and each order matches with
 * probability p·m / (1 - p + p·m), so matching orders arrive at m times their normal rate and all others at
 * exactly their normal rate.
 */
final class IncidentPlan {
  /** The plan of a stream without an incident: its window is empty. */
  static final IncidentPlan NONE = new IncidentPlan();

  private final long windowStart;
  private final long windowEnd;
  private final double rateFactor;
  private final double matchingShare;
  // The filter's value per column, null where it does not constrain the column.
  private final String region;
  private final String channel;
  private final String currency;
  private final String segment;
  private final String country;
  private final String category;

  private IncidentPlan() {
    windowStart = 0;
    windowEnd = 0;
    rateFactor = 1;
    matchingShare = 0;
    region = channel = currency = segment = country = category = null;
  }

  IncidentPlan(PlantedIncident incident, WeightedChoice<Customer> customers) {
    Map<String, String> filter = incident.filter();
    region = filter.get("region");
    channel = filter.get("channel");
    currency = filter.get("currency");
    segment = filter.get("customer.segment");
    country = filter.get("customer.country");
    category = filter.get("product.category");
    windowStart = incident.start().getEpochSecond();
    windowEnd = incident.end().getEpochSecond();
    double normalShare = normalShare(customers);
    if (normalShare == 0) {
      throw new IllegalArgumentException("incident filter " + filter + " matches no orders");
    }
    // Compared with a margin because the sum of probabilities of every order is 1 only up to rounding.
    if (normalShare > 1 - 1e-9) {
      throw new IllegalArgumentException("incident filter " + filter + " matches every order, leaving no baseline");
    }
    rateFactor = 1 - normalShare + normalShare * incident.multiplier();
    matchingShare = normalShare * incident.multiplier() / rateFactor;
  }

  boolean covers(long epochSecond) {
    return epochSecond >= windowStart && epochSecond < windowEnd;
  }

  long windowStart() {
    return windowStart;
  }

  long windowEnd() {
    return windowEnd;
  }

  /** Total order rate inside the window relative to normal. */
  double rateFactor() {
    return rateFactor;
  }

  /** Probability that an order inside the window belongs to the incident's segment. */
  double matchingShare() {
    return matchingShare;
  }

  boolean matches(Customer customer, Channel orderChannel, ProductCategory productCategory) {
    return (region == null || region.equals(customer.region().name()))
        && (segment == null || segment.equals(customer.segment().label()))
        && (country == null || country.equals(customer.country()))
        && (currency == null || currency.equals(customer.currency()))
        && (channel == null || channel.equals(orderChannel.label()))
        && (category == null || category.equals(productCategory.label()));
  }

  /**
   * Exact share of normal orders the filter matches. The filterable columns are decided by customer, channel
   * and category alone, and channel and category are drawn independently given the customer, so summing
   * over those three choices covers every order.
   */
  private double normalShare(WeightedChoice<Customer> customers) {
    WeightedChoice<ProductCategory> categories = ProductCatalog.categories();
    double share = 0;
    for (int customerIndex = 0; customerIndex < customers.size(); customerIndex++) {
      Customer customer = customers.value(customerIndex);
      WeightedChoice<Channel> channels = OrderHabits.channels(customer);
      for (int channelIndex = 0; channelIndex < channels.size(); channelIndex++) {
        for (int categoryIndex = 0; categoryIndex < categories.size(); categoryIndex++) {
          if (matches(customer, channels.value(channelIndex), categories.value(categoryIndex))) {
            share +=
                customers.probability(customerIndex)
                    * channels.probability(channelIndex)
                    * categories.probability(categoryIndex);
          }
        }
      }
    }
    return share;
  }
}
