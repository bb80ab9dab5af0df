package io.ferret.investigator;

/** How an investigation ended; {@code jsonName} is the JSON contract's spelling. */
public enum InvestigationStatus {
  ANSWERED("answered"),
  NO_SIGNIFICANT_DRIVER("no_significant_driver"),
  NEEDS_CLARIFICATION("needs_clarification"),
  ERROR("error");

  private final String jsonName;

  InvestigationStatus(String jsonName) {
    this.jsonName = jsonName;
  }

  public String jsonName() {
    return jsonName;
  }
}
