package dev.certcentral.http;

import static dev.certcentral.http.DomainMapping.id;
import static dev.certcentral.http.DomainMapping.instant;
import static dev.certcentral.http.DomainMapping.malformed;
import static dev.certcentral.http.DomainMapping.nonNull;
import static dev.certcentral.http.DomainMapping.required;

import dev.certcentral.core.domain.CertificateDetails;
import dev.certcentral.core.domain.CertificateId;
import dev.certcentral.core.domain.DcvCheck;
import dev.certcentral.core.domain.DcvMethod;
import dev.certcentral.core.domain.DcvStatus;
import dev.certcentral.core.domain.DomainControl;
import dev.certcentral.core.domain.IssuedCertificate;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.RequestSummary;
import dev.certcentral.core.domain.SignatureHash;
import dev.certcentral.core.domain.SubmittedOrder;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * From the {@link Wire} records of a certificate's life to core's domain: the answer to placing or
 * reissuing an order, a DCV check, order info's certificate once issued, and each domain's DCV.
 * Missing or unreadable required values are reported as {@link DomainMapping} reports them.
 */
final class IssuanceMapping {

  private IssuanceMapping() {}

  /** {@code {id, requests: [{id, status}], certificate_id}}: the 201 of a placement or reissue. */
  static SubmittedOrder submittedOrder(Wire.SubmittedOrderDto dto) {
    List<RequestSummary> requests = new ArrayList<>();
    for (Wire.RequestSummaryDto request : nonNull(dto.requests())) {
      requests.add(
          new RequestSummary(new RequestId(id(request.id(), "request id")), request.status()));
    }
    return SubmittedOrder.builder(new OrderId(id(dto.id(), "order id")))
        .requests(requests)
        .certificateId(certificateId(dto.certificateId()).orElse(null))
        .build();
  }

  /** The 200 of {@code check-dcv}: every checked name passed. */
  static DcvCheck dcvCheck(Wire.DcvCheckDto dto) {
    List<DcvCheck.NameStatus> names = new ArrayList<>();
    for (Wire.DcvNameDto name : nonNull(dto.dnsNameValidations())) {
      names.add(new DcvCheck.NameStatus(name.dnsName(), name.status()));
    }
    return new DcvCheck(
        required(dto.orderStatus(), "order_status"),
        certificateId(dto.certificateId()),
        required(dto.dcvStatus(), "dcv_status"),
        names);
  }

  /**
   * Order info's certificate object onto the order: its names, CSR, hash and platform, and, once
   * DigiCert has issued, the certificate itself. DigiCert gives a certificate its {@code id} when
   * the order is placed; the serial number is one of the fields that exist only once it is issued
   * (https://dev.digicert.com/en/certcentral-apis/services-api/orders/order-info.html), so it says
   * whether there is an issued certificate to read.
   */
  static void certificate(Wire.CertificateDto dto, Order.Builder order) {
    order
        .commonName(dto.commonName())
        .dnsNames(nonNull(dto.dnsNames()))
        .csr(dto.csr())
        .signatureHash(
            dto.signatureHash() == null ? null : SignatureHash.fromValue(dto.signatureHash()))
        .serverPlatformId(
            dto.serverPlatform() == null || dto.serverPlatform().id() == null
                ? CertificateDetails.OTHER_SERVER_PLATFORM
                : dto.serverPlatform().id());
    if (dto.serialNumber() != null) {
      order.certificate(issued(dto));
    }
  }

  private static IssuedCertificate issued(Wire.CertificateDto dto) {
    IssuedCertificate.Builder issued =
        IssuedCertificate.builder(new CertificateId(id(dto.id(), "certificate id")))
            .serialNumber(dto.serialNumber())
            .thumbprint(dto.thumbprint())
            .commonName(dto.commonName())
            .dnsNames(securedNames(dto.commonName(), nonNull(dto.dnsNames())))
            .dateIssued(
                instant(required(dto.dateIssued(), "date_issued"), "date_issued").orElseThrow())
            .validFrom(day(dto.validFrom(), "valid_from"))
            .validTill(day(dto.validTill(), "valid_till"))
            .keySize(dto.keySize() == null ? 0 : dto.keySize());
    if (dto.signatureHash() != null) {
      issued.signatureHash(SignatureHash.fromValue(dto.signatureHash()));
    }
    return issued.build();
  }

  /**
   * Order info's {@code domains}, each with its DCV status, approval date and token; the method is
   * the order's {@code dcv_method}. An entry naming no domain is left out: there is no control to
   * show for it.
   */
  static List<DomainControl> domainControls(List<Wire.DomainDto> domains, String dcvMethod) {
    DcvMethod method = DcvMethod.fromValue(dcvMethod);
    List<DomainControl> controls = new ArrayList<>();
    for (Wire.DomainDto domain : nonNull(domains)) {
      if (domain.name() == null) {
        continue;
      }
      DcvStatus status = DcvStatus.fromValue(domain.status());
      Optional<Instant> approved = instant(domain.dateApproved(), "date_approved");
      if (status == DcvStatus.APPROVED && approved.isEmpty()) {
        throw malformed("domain " + domain.name() + " is approved without date_approved");
      }
      Optional<String> token =
          domain.dcvToken() == null
              ? Optional.empty()
              : Optional.ofNullable(domain.dcvToken().token());
      controls.add(
          new DomainControl(
              domain.name(),
              method,
              token,
              status,
              status == DcvStatus.APPROVED ? approved : Optional.empty()));
    }
    return controls;
  }

  /** The common name first, then every other name once, as IssuedCertificate lists them. */
  private static List<String> securedNames(String commonName, List<String> dnsNames) {
    List<String> names = new ArrayList<>();
    if (commonName != null && !commonName.isEmpty()) {
      names.add(commonName);
    }
    for (String name : dnsNames) {
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  private static Optional<CertificateId> certificateId(String text) {
    return text == null
        ? Optional.empty()
        : Optional.of(new CertificateId(id(text, "certificate_id")));
  }

  private static LocalDate day(String text, String what) {
    try {
      return LocalDate.parse(required(text, what));
    } catch (DateTimeException e) {
      throw malformed(what + " is not a yyyy-MM-dd date: " + text);
    }
  }
}
