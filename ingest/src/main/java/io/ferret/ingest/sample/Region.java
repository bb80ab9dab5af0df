package io.ferret.ingest.sample;

/** Sales region of a customer's country; events carry the constant's name. */
enum Region {
  NA,
  EMEA,
  APAC,
  LATAM
}
