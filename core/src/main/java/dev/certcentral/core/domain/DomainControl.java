package dev.certcentral.core.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The domain control validation of one name on an order: its method, the random token that proves
 * control (none for e-mail), and whether control has been shown.
 *
 * <p>Built by the rules ({@link #pending}, {@link #approved}) rather than the canonical
 * constructor, which grows when DigiCert's DCV does.
 *
 * @param dnsName the name, in lower case
 * @param method how control is shown
 * @param token the random value to publish; empty for {@code email}
 * @param status pending until control is shown, then approved
 * @param dateApproved when control was shown
 */
public record DomainControl(
    String dnsName,
    DcvMethod method,
    Optional<String> token,
    DcvStatus status,
    Optional<Instant> dateApproved) {

  /** Validates the parts: an approved control has a date, a pending one none. */
  public DomainControl {
    Objects.requireNonNull(dnsName, "dnsName");
    Objects.requireNonNull(method, "method");
    token = Objects.requireNonNullElse(token, Optional.empty());
    Objects.requireNonNull(status, "status");
    dateApproved = Objects.requireNonNullElse(dateApproved, Optional.empty());
    if ((status == DcvStatus.APPROVED) != dateApproved.isPresent()) {
      throw new IllegalArgumentException("an approved control, and only one, has a date");
    }
  }

  /** A control waiting for the name's owner; token methods carry {@code token}. */
  public static DomainControl pending(String dnsName, DcvMethod method, String token) {
    return new DomainControl(
        dnsName,
        method,
        method.usesToken() ? Optional.of(token) : Optional.empty(),
        DcvStatus.PENDING,
        Optional.empty());
  }

  /** A control already shown at {@code when}, as for an order seeded issued. */
  public static DomainControl approved(String dnsName, DcvMethod method, Instant when) {
    return new DomainControl(
        dnsName, method, Optional.empty(), DcvStatus.APPROVED, Optional.of(when));
  }

  /** Whether control has been shown. */
  public boolean isApproved() {
    return status == DcvStatus.APPROVED;
  }

  /** This control approved at {@code when}; an approved control stays as it is. */
  public DomainControl approve(Instant when) {
    return isApproved()
        ? this
        : new DomainControl(dnsName, method, token, DcvStatus.APPROVED, Optional.of(when));
  }
}
