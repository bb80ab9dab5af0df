package io.ferret.investigator.question;

/** The direction of change a question names ("drop", "spike"), or ANY when it names none. */
public enum Direction {
  DOWN,
  UP,
  ANY
}
