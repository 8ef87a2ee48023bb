package dev.certcentral.core.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * CertCentral's answer to placing an order or asking for a reissue (201): the order's id, the
 * request the call created, and the certificate's id when it was issued at once.
 *
 * <p>Shape from
 * https://dev.digicert.com/en/certcentral-apis/services-api/orders/order-basic-ov.html and the
 * reissue page; a class with a builder because DigiCert adds fields to this answer (such as {@code
 * certificate_chain} for an order issued at once).
 */
public final class SubmittedOrder {

  private final OrderId orderId;
  private final List<RequestSummary> requests;
  private final Optional<CertificateId> certificateId;

  private SubmittedOrder(Builder builder) {
    this.orderId = Objects.requireNonNull(builder.orderId, "orderId");
    this.requests = List.copyOf(builder.requests);
    this.certificateId = Optional.ofNullable(builder.certificateId);
  }

  /** Starts a builder for the answer about this order. */
  public static Builder builder(OrderId orderId) {
    return new Builder(orderId);
  }

  /** The answer an in-process CertCentral gives for an order and the request it just made. */
  public static SubmittedOrder of(Order order, Request request) {
    Builder builder = builder(order.id()).requests(List.of(RequestSummary.of(request)));
    order.certificate().ifPresent(certificate -> builder.certificateId(certificate.id()));
    return builder.build();
  }

  /** The order's id. */
  public OrderId orderId() {
    return orderId;
  }

  /** The requests the call created, usually one. */
  public List<RequestSummary> requests() {
    return requests;
  }

  /** The certificate's id, when the order was issued at once. */
  public Optional<CertificateId> certificateId() {
    return certificateId;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SubmittedOrder
        && orderId.equals(((SubmittedOrder) other).orderId)
        && requests.equals(((SubmittedOrder) other).requests)
        && certificateId.equals(((SubmittedOrder) other).certificateId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(orderId, requests, certificateId);
  }

  @Override
  public String toString() {
    return "SubmittedOrder{id=" + orderId + ", requests=" + requests + "}";
  }

  /** Builds a {@link SubmittedOrder}. */
  public static final class Builder {
    private final OrderId orderId;
    private List<RequestSummary> requests = List.of();
    private CertificateId certificateId;

    private Builder(OrderId orderId) {
      this.orderId = Objects.requireNonNull(orderId, "orderId");
    }

    /** Sets the requests the call created. */
    public Builder requests(List<RequestSummary> requests) {
      this.requests = Objects.requireNonNull(requests, "requests");
      return this;
    }

    /** Sets the certificate's id. */
    public Builder certificateId(CertificateId certificateId) {
      this.certificateId = certificateId;
      return this;
    }

    /** Builds the answer. */
    public SubmittedOrder build() {
      return new SubmittedOrder(this);
    }
  }
}
