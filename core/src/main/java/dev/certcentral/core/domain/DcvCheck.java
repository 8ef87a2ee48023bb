package dev.certcentral.core.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * CertCentral's answer to {@code PUT /order/certificate/{order_id}/check-dcv} when every checked
 * domain passed: the order's status (already {@code issued} when that completed it), the
 * certificate's id, the overall DCV status and each name's status. When a token is missing DigiCert
 * answers 400 instead, see {@link dev.certcentral.core.domain.error.DcvCheckFailedException}.
 *
 * <p>Shape from
 * https://dev.digicert.com/en/certcentral-apis/services-api/orders/dv-ssl--check-dcv.html.
 *
 * @param rawOrderStatus the order's status exactly as sent
 * @param certificateId the certificate's id, when sent
 * @param dcvStatus the overall status as sent, such as {@code valid}
 * @param dnsNameValidations each checked name and its status
 */
public record DcvCheck(
    String rawOrderStatus,
    Optional<CertificateId> certificateId,
    String dcvStatus,
    List<NameStatus> dnsNameValidations) {

  /** DigiCert's {@code dcv_status} once every domain has passed. */
  public static final String VALID = "valid";

  /** Normalises missing parts. */
  public DcvCheck {
    rawOrderStatus = Objects.requireNonNullElse(rawOrderStatus, OrderStatus.UNKNOWN.value());
    certificateId = Objects.requireNonNullElse(certificateId, Optional.empty());
    dcvStatus = Objects.requireNonNullElse(dcvStatus, "");
    dnsNameValidations = List.copyOf(Objects.requireNonNullElse(dnsNameValidations, List.of()));
  }

  /**
   * The answer for an order whose domains have all passed, as an in-process CertCentral gives it.
   */
  public static DcvCheck of(Order order) {
    return new DcvCheck(
        order.rawStatus(),
        order.certificate().map(IssuedCertificate::id),
        order.dcvComplete() ? VALID : DcvStatus.PENDING.value(),
        order.domainControls().stream()
            .map(control -> new NameStatus(control.dnsName(), control.status().value()))
            .toList());
  }

  /** The order's known status. */
  public OrderStatus orderStatus() {
    return OrderStatus.fromValue(rawOrderStatus);
  }

  /**
   * One checked name.
   *
   * @param dnsName the name
   * @param rawStatus its status exactly as sent, such as {@code approved}
   */
  public record NameStatus(String dnsName, String rawStatus) {

    /** Normalises missing parts. */
    public NameStatus {
      dnsName = Objects.requireNonNullElse(dnsName, "");
      rawStatus = Objects.requireNonNullElse(rawStatus, DcvStatus.UNKNOWN.value());
    }

    /** The known status. */
    public DcvStatus status() {
      return DcvStatus.fromValue(rawStatus);
    }
  }
}
