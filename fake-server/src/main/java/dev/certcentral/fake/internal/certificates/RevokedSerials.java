package dev.certcentral.fake.internal.certificates;

import dev.certcentral.fake.internal.ca.RevokedSerial;
import dev.certcentral.fake.internal.state.Table;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every serial the fake's CA has revoked, across accounts, in the order revoked: what its CRL
 * lists. Nothing leaves it but a reset, so a revoked certificate stays revoked.
 */
final class RevokedSerials {

  /** The fake's one list. */
  static final Table<RevokedSerials> TABLE =
      Table.of("revoked serials", RevokedSerials.class, RevokedSerials::new);

  private final Map<BigInteger, RevokedSerial> serials = new LinkedHashMap<>();

  /** Lists a serial as revoked now; one listed already keeps its first date. */
  synchronized void revoke(BigInteger serial, Instant when) {
    serials.putIfAbsent(serial, new RevokedSerial(serial, when));
  }

  /** Every entry, in the order revoked. */
  synchronized List<RevokedSerial> all() {
    return new ArrayList<>(serials.values());
  }
}
