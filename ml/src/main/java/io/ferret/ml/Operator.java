package io.ferret.ml;

/** Comparison operators of segment predicates, spelled as in the investigator's JSON contract. */
public enum Operator {
  EQ("="),
  NE("!="),
  LT("<"),
  LE("<="),
  GT(">"),
  GE(">="),
  IN("in");

  private final String symbol;

  Operator(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }
}
