package dev.certcentral.core.domain.error;

import dev.certcentral.core.domain.Order;
import java.util.List;

/**
 * A wait for issuance ended without a new certificate: the order was rejected, canceled, revoked or
 * expired, or the awaited reissue was rejected or canceled and the order went back to its old
 * certificate.
 */
public class OrderNotIssuedException extends RuleViolationException {

  private static final long serialVersionUID = 1L;

  private final transient Order lastSeen;

  /** Creates the exception with the order as last seen and why the wait ended. */
  public OrderNotIssuedException(Order lastSeen, String reason) {
    super("order " + lastSeen.id() + " will not be issued: " + reason, 0, List.of(), null);
    this.lastSeen = lastSeen;
  }

  /** The order as it was at the last poll. */
  public Order lastSeen() {
    return lastSeen;
  }
}
