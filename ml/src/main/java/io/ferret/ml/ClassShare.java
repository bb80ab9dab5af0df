package io.ferret.ml;

/**
 * How much of some rows' weight belongs to the class of interest.
 *
 * @param interest weight of rows in the class of interest (churned; or the period the mass moved to)
 * @param total weight of all rows considered
 */
public record ClassShare(double interest, double total) {
  /** The class of interest's share of the weight, 0 when there is none. */
  public double share() {
    return total == 0 ? 0 : interest / total;
  }
}
