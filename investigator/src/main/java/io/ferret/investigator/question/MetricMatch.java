package io.ferret.investigator.question;

import io.ferret.investigator.semantic.MetricTerms;

/** A metric and the phrase that named it in the question. */
record MetricMatch(MetricTerms terms, String phrase, PhraseMatch where) {}
