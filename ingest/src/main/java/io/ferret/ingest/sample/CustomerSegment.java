package io.ferret.ingest.sample;

import java.util.Locale;

/** Customer size class; few enterprise accounts, many small businesses. */
enum CustomerSegment {
  ENTERPRISE,
  MID_MARKET,
  SMB;

  private final String label = name().toLowerCase(Locale.ROOT).replace('_', '-');

  /** The value in events: "enterprise", "mid-market", "smb". */
  String label() {
    return label;
  }
}
