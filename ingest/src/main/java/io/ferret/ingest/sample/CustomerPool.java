package io.ferret.ingest.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Builds the customer base: a few thousand accounts skewed in segment, country and how often they order. */
final class CustomerPool {
  static final int SIZE = 5_000;

  private static final WeightedChoice<CustomerSegment> SEGMENTS =
      WeightedChoice.of(
          List.of(CustomerSegment.ENTERPRISE, CustomerSegment.MID_MARKET, CustomerSegment.SMB), 5, 20, 75);

  private static final List<Country> COUNTRIES =
      List.of(
          new Country("US", Region.NA, 34, "USD"),
          new Country("CA", Region.NA, 6, "USD"),
          new Country("GB", Region.EMEA, 9, "GBP"),
          new Country("DE", Region.EMEA, 9, "EUR"),
          new Country("FR", Region.EMEA, 6, "EUR"),
          new Country("NL", Region.EMEA, 3, "EUR"),
          new Country("ES", Region.EMEA, 3, "EUR"),
          new Country("IT", Region.EMEA, 2, "EUR"),
          new Country("SE", Region.EMEA, 2, "USD"),
          new Country("PL", Region.EMEA, 1, "USD"),
          new Country("JP", Region.APAC, 5, "USD"),
          new Country("AU", Region.APAC, 5, "USD"),
          new Country("IN", Region.APAC, 4, "USD"),
          new Country("SG", Region.APAC, 2, "USD"),
          new Country("KR", Region.APAC, 1, "USD"),
          new Country("BR", Region.LATAM, 5, "USD"),
          new Country("MX", Region.LATAM, 4, "USD"),
          new Country("AR", Region.LATAM, 1, "USD"),
          new Country("CL", Region.LATAM, 1, "USD"),
          new Country("CO", Region.LATAM, 1, "USD"));

  private static final WeightedChoice<Country> COUNTRY_CHOICE =
      WeightedChoice.of(COUNTRIES, COUNTRIES.stream().mapToDouble(Country::share).toArray());

  /** Most accounts are billed in USD; in the euro zone and the UK some insist on their own currency. */
  private static final double LOCAL_CURRENCY_SHARE = 0.3;

  private static final double ACQUIRED_IN_STREAM_SHARE = 0.3;

  /** Spread of order frequency within a segment: a log-normal sigma, which gives a few very active accounts. */
  private static final double ACTIVITY_SIGMA = 0.9;

  private CustomerPool() {}

  /** Customers weighted by how often they order. */
  static WeightedChoice<Customer> create(SplittableRandom random) {
    List<Customer> customers = new ArrayList<>(SIZE);
    double[] activity = new double[SIZE];
    for (int index = 0; index < SIZE; index++) {
      CustomerSegment segment = SEGMENTS.draw(random);
      Country country = COUNTRY_CHOICE.draw(random);
      String currency = random.nextDouble() < LOCAL_CURRENCY_SHARE ? country.localCurrency() : "USD";
      boolean acquiredInStream = random.nextDouble() < ACQUIRED_IN_STREAM_SHARE;
      customers.add(
          new Customer(
              index, "cus-" + (1000 + index), segment, country.code(), country.region(), currency, acquiredInStream));
      activity[index] = segmentActivity(segment) * Math.exp(ACTIVITY_SIGMA * random.nextGaussian());
    }
    return WeightedChoice.of(customers, activity);
  }

  /** Larger accounts order more often: enterprise is 5% of customers but about a fifth of orders. */
  private static double segmentActivity(CustomerSegment segment) {
    return switch (segment) {
      case ENTERPRISE -> 6;
      case MID_MARKET -> 2.5;
      case SMB -> 1;
    };
  }

  private record Country(String code, Region region, double share, String localCurrency) {}
}
