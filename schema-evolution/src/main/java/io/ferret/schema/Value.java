package io.ferret.schema;

/**
 * A classified JSON value.
 *
 * @param kind what the value looks like
 * @param value its typed form: Boolean, Long (INTEGER; micros since epoch for TIMESTAMP), Double (DECIMAL),
 *     Integer days since epoch (DATE), a Long or Double for NUMERIC_TEXT when exact, else null
 * @param text its exact text: the original string for string kinds, the JSON text for JSON, the exact digits
 *     for numbers
 */
public record Value(ValueKind kind, Object value, String text) {}
