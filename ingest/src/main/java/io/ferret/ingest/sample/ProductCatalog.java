package io.ferret.ingest.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Builds the product catalog: in each category a few bestsellers and a long tail, at seed-drawn prices. */
final class ProductCatalog {
  private static final int SKUS_PER_CATEGORY = 20;
  static final int SIZE = ProductCategory.values().length * SKUS_PER_CATEGORY;
  /** Zipf exponent of popularity within a category: the top item outsells the ten least popular together. */
  private static final double POPULARITY_EXPONENT = 1.1;
  /** Share of list prices ending in .99 rather than .00. */
  private static final double CHARM_PRICE_SHARE = 0.7;

  private static final WeightedChoice<ProductCategory> CATEGORIES =
      WeightedChoice.of(
          List.of(ProductCategory.values()),
          Arrays.stream(ProductCategory.values()).mapToDouble(ProductCategory::share).toArray());

  /** Every product weighted by its category's share times its popularity within the category: one draw each. */
  private final WeightedChoice<Product> products;

  ProductCatalog(SplittableRandom random) {
    List<Product> products = new ArrayList<>(SIZE);
    double[] weights = new double[SIZE];
    double[] popularity = popularityByRank();
    for (ProductCategory category : ProductCategory.values()) {
      double categoryShare = CATEGORIES.probability(category.ordinal());
      String skuPrefix = category.name().substring(0, 3) + "-";
      for (int rank = 0; rank < SKUS_PER_CATEGORY; rank++) {
        int index = category.ordinal() * SKUS_PER_CATEGORY + rank;
        products.add(new Product(index, skuPrefix + (1000 + rank), category, listPriceCents(category, random)));
        weights[index] = categoryShare * popularity[rank];
      }
    }
    this.products = WeightedChoice.of(products, weights);
  }

  static WeightedChoice<ProductCategory> categories() {
    return CATEGORIES;
  }

  Product draw(SplittableRandom random) {
    return products.draw(random);
  }

  /** Zipf shares of the ranks within a category, summing to 1. */
  private static double[] popularityByRank() {
    double[] popularity = new double[SKUS_PER_CATEGORY];
    double sum = 0;
    for (int rank = 0; rank < SKUS_PER_CATEGORY; rank++) {
      popularity[rank] = Math.pow(rank + 1, -POPULARITY_EXPONENT);
      sum += popularity[rank];
    }
    for (int rank = 0; rank < SKUS_PER_CATEGORY; rank++) {
      popularity[rank] /= sum;
    }
    return popularity;
  }

  /** A price spread evenly on a log scale over the category's range, as price lists are. */
  private static long listPriceCents(ProductCategory category, SplittableRandom random) {
    double logLow = Math.log(category.lowPrice());
    double logHigh = Math.log(category.highPrice());
    long dollars = Math.round(Math.exp(logLow + random.nextDouble() * (logHigh - logLow)));
    return Math.max(1, dollars) * 100 - (random.nextDouble() < CHARM_PRICE_SHARE ? 1 : 0);
  }
}
