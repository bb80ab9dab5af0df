package io.ferret.ml;

/** A column left out of a model, and why (id-like, near-constant, leaks the target, …). */
public record Exclusion(String column, String reason) {}
