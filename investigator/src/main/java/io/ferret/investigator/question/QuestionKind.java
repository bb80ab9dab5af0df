package io.ferret.investigator.question;

/** The three kinds of question Ferret answers; {@code jsonName} is the JSON contract's spelling. */
public enum QuestionKind {
  /** Why did a metric change? */
  CHANGE("change"),
  /** What drives an outcome? */
  DRIVERS("drivers"),
  /** A direct lookup answered with a small table. */
  LOOKUP("lookup");

  private final String jsonName;

  QuestionKind(String jsonName) {
    this.jsonName = jsonName;
  }

  public String jsonName() {
    return jsonName;
  }
}
