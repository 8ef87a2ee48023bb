package dev.certcentral.core.port.in;

import dev.certcentral.core.domain.CertificateId;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.PollSchedule;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Wait until an order is issued, or, after a reissue, until it carries a certificate other than
 * {@code replacing}: the one way to tell a reissue's certificate from the one it replaces.
 *
 * @param orderId the order
 * @param replacing the certificate a reissue replaces; empty for a new order
 * @param schedule how to poll
 */
public record AwaitIssuanceCommand(
    OrderId orderId, Optional<CertificateId> replacing, PollSchedule schedule) {

  /** Refuses missing parts. */
  public AwaitIssuanceCommand {
    Objects.requireNonNull(orderId, "orderId");
    replacing = Objects.requireNonNullElse(replacing, Optional.empty());
    Objects.requireNonNull(schedule, "schedule");
  }

  /** Waits up to {@code timeout}, with the default intervals, for a new order's certificate. */
  public static AwaitIssuanceCommand of(OrderId orderId, Duration timeout) {
    return new AwaitIssuanceCommand(orderId, Optional.empty(), PollSchedule.of(timeout));
  }

  /** Waits up to {@code timeout}, with the default intervals, for a reissue's certificate. */
  public static AwaitIssuanceCommand afterReissue(
      OrderId orderId, CertificateId replacing, Duration timeout) {
    return new AwaitIssuanceCommand(orderId, Optional.of(replacing), PollSchedule.of(timeout));
  }
}
