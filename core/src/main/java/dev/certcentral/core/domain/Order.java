package dev.certcentral.core.domain;

import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.core.domain.error.OrderNotCancelableException;
import dev.certcentral.core.domain.error.OrderNotRevocableException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A certificate order and the rules of its lifecycle.
 *
 * <p>Orders are immutable: every rule returns the order as it is after the change, so a store can
 * swap the new value in atomically and a refused change leaves nothing half done.
 *
 * @param id the order's id
 * @param status the known status, {@link OrderStatus#UNKNOWN} for a status added later
 * @param rawStatus the status exactly as CertCentral sent it
 * @param commonName the certificate's common name
 * @param dnsNames every DNS name on the certificate
 * @param organization the organization, if the order has one
 * @param productNameId the product's {@code name_id}, such as {@code ssl_plus}
 * @param validityYears the validity in years, 0 when not sent
 * @param dateCreated when the order was placed, if sent
 */
public record Order(
    OrderId id,
    OrderStatus status,
    String rawStatus,
    String commonName,
    List<String> dnsNames,
    Optional<Organization> organization,
    String productNameId,
    int validityYears,
    Optional<Instant> dateCreated) {

  /** Validates the order and keeps {@code rawStatus} consistent with {@code status}. */
  public Order {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    rawStatus = rawStatus == null ? status.value() : rawStatus;
    if (status != OrderStatus.UNKNOWN && OrderStatus.fromValue(rawStatus) != status) {
      throw new IllegalArgumentException("rawStatus " + rawStatus + " is not " + status);
    }
    commonName = Objects.requireNonNullElse(commonName, "");
    dnsNames = List.copyOf(Objects.requireNonNullElse(dnsNames, List.of()));
    organization = Objects.requireNonNullElse(organization, Optional.empty());
    productNameId = Objects.requireNonNullElse(productNameId, "");
    dateCreated = Objects.requireNonNullElse(dateCreated, Optional.empty());
  }

  /** Starts a builder for an order with this id; the status defaults to {@code pending}. */
  public static Builder builder(OrderId id) {
    return new Builder(id);
  }

  /** A builder holding this order's values, to derive a changed copy. */
  public Builder toBuilder() {
    return new Builder(id)
        .status(status, rawStatus)
        .commonName(commonName)
        .dnsNames(dnsNames)
        .organization(organization.orElse(null))
        .productNameId(productNameId)
        .validityYears(validityYears)
        .dateCreated(dateCreated.orElse(null));
  }

  /** This order with another known status. */
  public Order withStatus(OrderStatus newStatus) {
    return toBuilder().status(newStatus).build();
  }

  /**
   * Cancels the order.
   *
   * <p>Only a {@code pending} or {@code waiting_pickup} order can be canceled; a {@code
   * reissue_pending} order goes back to {@code issued} and its open reissue request is rejected
   * (DigiCert's documented behaviour for this endpoint). A blank note is refused first, since
   * DigiCert requires one.
   *
   * @param note why the order is canceled; required
   * @param requestsOfOrder the order's requests, to find an open reissue request
   * @param actor the user canceling, recorded as reviewer of a rejected reissue request
   * @param clock the source of the decision timestamp
   * @return the order after the change and the reissue request it rejected, if any
   * @throws InvalidRequestException if the note is blank
   * @throws OrderNotCancelableException if the status does not allow canceling
   */
  public OrderCancellation cancel(
      String note, List<Request> requestsOfOrder, User actor, Clock clock) {
    requireText("note", note);
    switch (status) {
      case PENDING:
      case WAITING_PICKUP:
        return new OrderCancellation(withStatus(OrderStatus.CANCELED), Optional.empty());
      case REISSUE_PENDING:
        Optional<Request> rejectedReissue =
            openRequest(requestsOfOrder, RequestType.REISSUE)
                .map(reissue -> reissue.decide(Decision.REJECT, actor, note, clock));
        return new OrderCancellation(withStatus(OrderStatus.ISSUED), rejectedReissue);
      default:
        throw new OrderNotCancelableException(id, rawStatus);
    }
  }

  /**
   * Asks for all certificates of the order to be revoked: creates a {@code revoke} request in
   * status {@code pending}. The order itself stays {@code issued} until an administrator approves
   * the request.
   *
   * @param requestId the id the new request gets
   * @param comments why the certificates should be revoked; required
   * @param requester who asks
   * @param requestsOfOrder the order's requests, to refuse a second open revoke request
   * @param clock the source of the request's date
   * @return the new pending revoke request
   * @throws InvalidRequestException if the comments are blank
   * @throws OrderNotRevocableException if the order is not issued or a revoke is already pending
   */
  public Request requestRevocation(
      RequestId requestId,
      String comments,
      User requester,
      List<Request> requestsOfOrder,
      Clock clock) {
    checkRevocable(comments, requestsOfOrder);
    return Request.builder(requestId, clock.instant())
        .type(RequestType.REVOKE)
        .status(RequestStatus.PENDING)
        .requester(requester)
        .comments(comments)
        .orderId(id)
        .build();
  }

  /**
   * Revokes the order at once, without a request: what {@code skip_approval} does for an
   * administrator. The same preconditions as {@link #requestRevocation} apply.
   *
   * @return the revoked order
   */
  public Order revokeWithoutApproval(String comments, List<Request> requestsOfOrder) {
    checkRevocable(comments, requestsOfOrder);
    return withStatus(OrderStatus.REVOKED);
  }

  /**
   * The order after one of its requests was decided: an approved revoke request revokes it, a
   * decided new-certificate request moves it out of {@code needs_approval}, a rejected reissue
   * returns it to {@code issued}. Other decisions leave it as it is.
   *
   * @throws OrderNotRevocableException if an approved revoke finds the order no longer issued
   */
  Order afterDecision(RequestType type, RequestStatus decided) {
    boolean approved = decided == RequestStatus.APPROVED;
    switch (type) {
      case REVOKE:
        if (!approved) {
          return this;
        }
        if (status != OrderStatus.ISSUED) {
          throw new OrderNotRevocableException(id, rawStatus, "it is no longer issued");
        }
        return withStatus(OrderStatus.REVOKED);
      case NEW_REQUEST:
        if (status != OrderStatus.NEEDS_APPROVAL) {
          return this;
        }
        return withStatus(approved ? OrderStatus.PENDING : OrderStatus.REJECTED);
      case REISSUE:
        return !approved && status == OrderStatus.REISSUE_PENDING
            ? withStatus(OrderStatus.ISSUED)
            : this;
      default:
        return this;
    }
  }

  private void checkRevocable(String comments, List<Request> requestsOfOrder) {
    requireText("comments", comments);
    if (status != OrderStatus.ISSUED) {
      throw new OrderNotRevocableException(id, rawStatus, "only an issued order can be revoked");
    }
    openRequest(requestsOfOrder, RequestType.REVOKE)
        .ifPresent(
            open -> {
              throw new OrderNotRevocableException(
                  id, rawStatus, "revoke request " + open.id() + " is already pending");
            });
  }

  private Optional<Request> openRequest(List<Request> requestsOfOrder, RequestType type) {
    return requestsOfOrder.stream()
        .filter(request -> request.type() == type && request.status().isOpen())
        .filter(request -> request.orderId().map(id::equals).orElse(false))
        .findFirst();
  }

  private static void requireText(String name, String value) {
    if (value == null || value.isBlank()) {
      throw InvalidRequestException.missingParameter(name);
    }
  }

  /** Builds an {@link Order}; unset values take their documented defaults. */
  public static final class Builder {
    private final OrderId id;
    private OrderStatus status = OrderStatus.PENDING;
    private String rawStatus;
    private String commonName = "";
    private List<String> dnsNames = List.of();
    private Organization organization;
    private String productNameId = "";
    private int validityYears;
    private Instant dateCreated;

    private Builder(OrderId id) {
      this.id = Objects.requireNonNull(id, "id");
    }

    /** Sets a known status. */
    public Builder status(OrderStatus status) {
      return status(status, status.value());
    }

    /** Sets the status from CertCentral's raw string, keeping it when it is not known. */
    public Builder status(String raw) {
      return status(OrderStatus.fromValue(raw), raw);
    }

    private Builder status(OrderStatus status, String raw) {
      this.status = Objects.requireNonNull(status, "status");
      this.rawStatus = raw;
      return this;
    }

    /** Sets the common name. */
    public Builder commonName(String commonName) {
      this.commonName = commonName;
      return this;
    }

    /** Sets the DNS names. */
    public Builder dnsNames(List<String> dnsNames) {
      this.dnsNames = dnsNames;
      return this;
    }

    /** Sets the organization, or none with {@code null}. */
    public Builder organization(Organization organization) {
      this.organization = organization;
      return this;
    }

    /** Sets the product's {@code name_id}. */
    public Builder productNameId(String productNameId) {
      this.productNameId = productNameId;
      return this;
    }

    /** Sets the validity in years. */
    public Builder validityYears(int validityYears) {
      this.validityYears = validityYears;
      return this;
    }

    /** Sets when the order was placed, or unknown with {@code null}. */
    public Builder dateCreated(Instant dateCreated) {
      this.dateCreated = dateCreated;
      return this;
    }

    /** Builds the order, validating it. */
    public Order build() {
      return new Order(
          id,
          status,
          rawStatus,
          commonName,
          dnsNames,
          Optional.ofNullable(organization),
          productNameId,
          validityYears,
          Optional.ofNullable(dateCreated));
    }
  }
}
