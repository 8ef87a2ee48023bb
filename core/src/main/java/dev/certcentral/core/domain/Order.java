package dev.certcentral.core.domain;

import dev.certcentral.core.domain.error.DcvNotOpenException;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.core.domain.error.OrderNotCancelableException;
import dev.certcentral.core.domain.error.OrderNotIssuableException;
import dev.certcentral.core.domain.error.OrderNotReissuableException;
import dev.certcentral.core.domain.error.OrderNotRevocableException;
import dev.certcentral.core.domain.error.OrderStatusException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A certificate order and the rules of its whole life: placement, approval, domain control
 * validation, issuance, reissue, cancel and revoke.
 *
 * <p>Orders are immutable: every rule returns the order as it is after the change, so a store can
 * swap the new value in atomically and a refused change leaves nothing half done. A class with a
 * builder rather than a record, because it gains a field whenever the lifecycle does.
 *
 * <p>The life, as DigiCert documents it: placing makes a {@code needs_approval} order with a
 * pending {@code new_request} request (or a {@code pending} order with {@code skip_approval});
 * approving moves it to {@code pending}, rejecting ends it ({@code rejected}). Each name then
 * passes DCV; once all have and the request is approved, the order is {@code issued} with a
 * certificate. A reissue makes it {@code reissue_pending} with a {@code reissue} request; approval
 * and DCV of any new name give it a new certificate, a rejection or a cancel returns it to {@code
 * issued}. A pending reissue blocks revocation, a pending revoke blocks reissue, and nothing leads
 * out of {@code revoked}: a revoked certificate never becomes valid again.
 */
public final class Order {

  private final OrderId id;
  private final OrderStatus status;
  private final String rawStatus;
  private final String commonName;
  private final List<String> dnsNames;
  private final Optional<Organization> organization;
  private final String productNameId;
  private final int validityYears;
  private final Optional<Instant> dateCreated;
  private final String csr;
  private final Optional<SignatureHash> signatureHash;
  private final int serverPlatformId;
  private final Optional<OrderValidity> validity;
  private final Optional<DcvMethod> dcvMethod;
  private final List<DomainControl> domainControls;
  private final Optional<IssuedCertificate> certificate;
  private final Optional<CertificateDetails> pendingReissue;

  private Order(Builder builder) {
    this.id = builder.id;
    this.status = Objects.requireNonNull(builder.status, "status");
    // The builder keeps the two consistent: a known status sets its own raw value.
    this.rawStatus = builder.rawStatus == null ? status.value() : builder.rawStatus;
    this.commonName = Objects.requireNonNullElse(builder.commonName, "");
    this.dnsNames = List.copyOf(Objects.requireNonNullElse(builder.dnsNames, List.of()));
    this.organization = Optional.ofNullable(builder.organization);
    this.productNameId = Objects.requireNonNullElse(builder.productNameId, "");
    this.validityYears = builder.validityYears;
    this.dateCreated = Optional.ofNullable(builder.dateCreated);
    this.csr = Objects.requireNonNullElse(builder.csr, "");
    this.signatureHash = Optional.ofNullable(builder.signatureHash);
    this.serverPlatformId = builder.serverPlatformId;
    this.validity = Optional.ofNullable(builder.validity);
    this.dcvMethod = Optional.ofNullable(builder.dcvMethod);
    this.domainControls =
        List.copyOf(Objects.requireNonNullElse(builder.domainControls, List.of()));
    this.certificate = Optional.ofNullable(builder.certificate);
    this.pendingReissue = Optional.ofNullable(builder.pendingReissue);
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
        .dateCreated(dateCreated.orElse(null))
        .csr(csr)
        .signatureHash(signatureHash.orElse(null))
        .serverPlatformId(serverPlatformId)
        .validity(validity.orElse(null))
        .dcvMethod(dcvMethod.orElse(null))
        .domainControls(domainControls)
        .certificate(certificate.orElse(null))
        .pendingReissue(pendingReissue.orElse(null));
  }

  /** This order with another known status. */
  public Order withStatus(OrderStatus newStatus) {
    return toBuilder().status(newStatus).build();
  }

  // ---------------------------------------------------------------- placement

  /**
   * Places an order: what {@code POST /order/certificate/{product_name_id}} does.
   *
   * <p>Without {@code skip_approval} the order is {@code needs_approval} and its {@code
   * new_request} request {@code pending}; with it, the order is {@code pending} and the request
   * {@code approved} by the requester at once. Every name the certificate is to secure gets a
   * pending domain control using the order's DCV method; token methods share the order's one random
   * token, as DigiCert's order info shows one {@code dcv_token} per order.
   *
   * @param id the id the order gets
   * @param newOrder what was asked for, already validated
   * @param requestId the id the new-certificate request gets
   * @param requester who places the order
   * @param dcvToken the random token domains prove control with; ignored for {@code email}
   * @param clock the source of {@code date_created}
   * @return the new order and its request
   */
  public static OrderPlacement place(
      OrderId id,
      NewOrder newOrder,
      RequestId requestId,
      User requester,
      String dcvToken,
      Clock clock) {
    DcvMethod method = newOrder.dcvMethod();
    if (method.usesToken() && (dcvToken == null || dcvToken.isBlank())) {
      throw new IllegalArgumentException(method.value() + " needs a DCV token");
    }
    Instant now = clock.instant();
    CertificateDetails details = newOrder.certificate();
    List<DomainControl> controls = new ArrayList<>();
    for (String name : details.securedNames()) {
      controls.add(DomainControl.pending(name, method, dcvToken));
    }
    boolean approved = newOrder.skipApproval();
    Order order =
        builder(id)
            .status(approved ? OrderStatus.PENDING : OrderStatus.NEEDS_APPROVAL)
            .productNameId(newOrder.productNameId())
            .organization(
                newOrder.organizationId().isPresent()
                    ? new Organization(newOrder.organizationId().getAsLong(), "")
                    : null)
            .validity(newOrder.validity())
            .validityYears(newOrder.validity().years())
            .dateCreated(now)
            .dcvMethod(method)
            .domainControls(controls)
            .details(details)
            .build();
    Request.Builder request =
        Request.builder(requestId, now)
            .type(RequestType.NEW_REQUEST)
            .status(approved ? RequestStatus.APPROVED : RequestStatus.PENDING)
            .requester(requester)
            .comments(newOrder.comments())
            .orderId(id);
    if (approved) {
      request.reviewer(requester).processor(requester).dateProcessed(now);
    }
    return new OrderPlacement(order, request.build());
  }

  // ---------------------------------------------------------------- domain control validation

  /**
   * Records that {@code dnsName} has shown control. DCV is open while the order waits for a
   * certificate and its request is approved: {@code pending}, or {@code reissue_pending} with the
   * reissue approved. A name already approved stays as it is.
   *
   * @param dnsName one of the names the next certificate secures
   * @param requestsOfOrder the order's requests, to see that its request is approved
   * @param clock the source of the approval date
   * @return the order with the name approved
   * @throws DcvNotOpenException if DCV is not open for the order
   * @throws InvalidRequestException if the name is not on the order
   */
  public Order passDcv(String dnsName, List<Request> requestsOfOrder, Clock clock) {
    checkDcvOpen(requestsOfOrder);
    String name = Objects.requireNonNullElse(dnsName, "").toLowerCase(Locale.ROOT);
    if (domainControls.stream().noneMatch(control -> control.dnsName().equals(name))) {
      throw InvalidRequestException.invalidParameter(
          "dns_name", "'" + dnsName + "' is not on order " + id);
    }
    return approveControls(control -> control.dnsName().equals(name), clock.instant());
  }

  /**
   * Checks every pending name at once, as {@code PUT .../check-dcv} does: the names whose proof
   * {@code inPlace} finds are approved. The caller stores the result and then, if {@link
   * #dcvComplete()} is still false, answers with {@link
   * dev.certcentral.core.domain.error.DcvCheckFailedException} naming {@link #pendingDomains()}:
   * DigiCert keeps the names it found even when it reports others missing.
   *
   * @param inPlace whether a pending control's proof is in place (the fake asks its DCV policy)
   * @throws DcvNotOpenException if DCV is not open for the order
   */
  public Order checkDcv(
      Predicate<DomainControl> inPlace, List<Request> requestsOfOrder, Clock clock) {
    checkDcvOpen(requestsOfOrder);
    return approveControls(
        control -> !control.isApproved() && inPlace.test(control), clock.instant());
  }

  private Order approveControls(Predicate<DomainControl> which, Instant when) {
    List<DomainControl> after = new ArrayList<>();
    for (DomainControl control : domainControls) {
      after.add(which.test(control) ? control.approve(when) : control);
    }
    return toBuilder().domainControls(after).build();
  }

  private void checkDcvOpen(List<Request> requestsOfOrder) {
    switch (status) {
      case PENDING:
        requireNoOpen(requestsOfOrder, RequestType.NEW_REQUEST, DcvNotOpenException::new);
        return;
      case REISSUE_PENDING:
        requireNoOpen(requestsOfOrder, RequestType.REISSUE, DcvNotOpenException::new);
        return;
      case NEEDS_APPROVAL:
        throw new DcvNotOpenException(id, rawStatus, "its new-certificate request is not approved");
      default:
        throw new DcvNotOpenException(id, rawStatus, "it is not waiting for a certificate");
    }
  }

  /** The names the next certificate secures: a pending reissue's, else the order's own. */
  public List<String> namesToIssue() {
    return pendingReissue.map(CertificateDetails::securedNames).orElseGet(this::securedNames);
  }

  /**
   * What the next certificate is to be made of: a pending reissue's CSR, names and hash, else the
   * order's own. Empty for an order whose CSR is not known (one read from CertCentral, or seeded).
   */
  public Optional<CertificateDetails> certificateToIssue() {
    if (pendingReissue.isPresent() || csr.isEmpty()) {
      return pendingReissue;
    }
    return Optional.of(
        CertificateDetails.builder()
            .commonName(commonName)
            .dnsNames(dnsNames)
            .csr(csr)
            .signatureHash(signatureHash.orElse(SignatureHash.SHA256))
            .serverPlatformId(serverPlatformId)
            .build());
  }

  /** The names of {@link #namesToIssue()} that have not yet shown control. */
  public List<String> pendingDomains() {
    List<String> pending = new ArrayList<>();
    for (String name : namesToIssue()) {
      if (!approved(name)) {
        pending.add(name);
      }
    }
    return List.copyOf(pending);
  }

  /** Whether every name the next certificate secures has shown control (and there is one). */
  public boolean dcvComplete() {
    return !namesToIssue().isEmpty() && pendingDomains().isEmpty();
  }

  private boolean approved(String name) {
    return domainControls.stream()
        .anyMatch(control -> control.dnsName().equals(name) && control.isApproved());
  }

  // ---------------------------------------------------------------- issuance

  /**
   * Whether a certificate can be issued now: the order waits for one, its request is approved and
   * every name has passed DCV.
   */
  public boolean readyToIssue(List<Request> requestsOfOrder) {
    try {
      checkIssuable(requestsOfOrder);
      return true;
    } catch (OrderNotIssuableException notYet) {
      return false;
    }
  }

  /**
   * When the next certificate is valid if issued at {@code issuedAt}: from then, for {@link
   * OrderValidity#MAX_CERTIFICATE_DAYS} days at most, and never past the end of the order's
   * validity (DigiCert's {@code cert_validity_exceeds_order_validity}).
   *
   * @throws OrderNotIssuableException if the order's validity has already ended
   */
  public ValidityPeriod certificateValidity(Instant issuedAt) {
    Instant notBefore = issuedAt.truncatedTo(ChronoUnit.SECONDS);
    Instant cap = notBefore.plus(Duration.ofDays(OrderValidity.MAX_CERTIFICATE_DAYS));
    Instant orderEnd = validity.map(v -> v.endFrom(dateCreated.orElse(notBefore))).orElse(cap);
    if (!orderEnd.isAfter(notBefore)) {
      throw new OrderNotIssuableException(id, rawStatus, "its validity ended at " + orderEnd);
    }
    return new ValidityPeriod(notBefore, orderEnd.isBefore(cap) ? orderEnd : cap);
  }

  /**
   * Issues a certificate: the order becomes {@code issued} and carries it. After a reissue the
   * order takes the reissue's names, CSR and hash, and its earlier certificate is left to the
   * caller's keeping (it stays downloadable).
   *
   * @param issued the certificate a CA made for {@link #namesToIssue()}
   * @param requestsOfOrder the order's requests, to see that its request is approved
   * @return the issued order
   * @throws OrderNotIssuableException if the order does not wait for a certificate, its request is
   *     not approved, a name has not passed DCV, or the certificate names a name that has not
   */
  public Order issue(IssuedCertificate issued, List<Request> requestsOfOrder) {
    checkIssuable(requestsOfOrder);
    List<String> certified = new ArrayList<>(issued.dnsNames());
    if (!issued.commonName().isEmpty()) {
      certified.add(issued.commonName());
    }
    for (String name : certified) {
      if (!approved(name.toLowerCase(Locale.ROOT))) {
        throw new OrderNotIssuableException(
            id, rawStatus, "the certificate names " + name + ", which has not passed DCV");
      }
    }
    if (certificate.map(current -> current.id().equals(issued.id())).orElse(false)) {
      throw new OrderNotIssuableException(
          id, rawStatus, "certificate " + issued.id() + " is already the order's");
    }
    Builder after = toBuilder().status(OrderStatus.ISSUED).certificate(issued).pendingReissue(null);
    pendingReissue.ifPresent(after::details);
    List<String> names = namesToIssue();
    return after
        .domainControls(
            domainControls.stream().filter(control -> names.contains(control.dnsName())).toList())
        .build();
  }

  private void checkIssuable(List<Request> requestsOfOrder) {
    switch (status) {
      case PENDING:
        requireNoOpen(requestsOfOrder, RequestType.NEW_REQUEST, OrderNotIssuableException::new);
        break;
      case REISSUE_PENDING:
        requireNoOpen(requestsOfOrder, RequestType.REISSUE, OrderNotIssuableException::new);
        break;
      case NEEDS_APPROVAL:
        throw new OrderNotIssuableException(
            id, rawStatus, "its new-certificate request is not approved");
      default:
        throw new OrderNotIssuableException(id, rawStatus, "it is not waiting for a certificate");
    }
    if (!dcvComplete()) {
      throw new OrderNotIssuableException(
          id, rawStatus, "DCV is pending for " + String.join(", ", pendingDomains()));
    }
  }

  // ---------------------------------------------------------------- reissue

  /**
   * Asks for the certificate to be reissued: the order becomes {@code reissue_pending} with a
   * pending {@code reissue} request. A name the order already validated keeps its approval; a new
   * name needs DCV. A common name or {@code dns_names} left out keeps the order's.
   *
   * @param requestId the id the reissue request gets
   * @param details the new CSR and, optionally, names, hash and platform
   * @param requester who asks
   * @param dcvToken the random token new names prove control with; ignored for {@code email}
   * @param requestsOfOrder the order's requests, to refuse while a revoke is pending
   * @param clock the source of the request's date
   * @throws OrderNotReissuableException if the order is not {@code issued} or a revoke is pending
   */
  public OrderReissue requestReissue(
      RequestId requestId,
      CertificateDetails details,
      User requester,
      String dcvToken,
      List<Request> requestsOfOrder,
      Clock clock) {
    if (status == OrderStatus.REISSUE_PENDING) {
      throw new OrderNotReissuableException(id, rawStatus, "a reissue is already pending");
    }
    if (status != OrderStatus.ISSUED) {
      throw new OrderNotReissuableException(id, rawStatus, "only an issued order can be reissued");
    }
    requireNoOpen(requestsOfOrder, RequestType.REVOKE, OrderNotReissuableException::new);
    CertificateDetails resolved =
        details.toBuilder()
            .commonName(details.commonName().isEmpty() ? commonName : details.commonName())
            .dnsNames(details.dnsNames().isEmpty() ? dnsNames : details.dnsNames())
            .build();
    // The current names keep their controls, so a rejected or canceled reissue loses nothing;
    // issuance keeps only the controls of the names it certifies.
    DcvMethod method = dcvMethod.orElse(DcvMethod.EMAIL);
    List<DomainControl> controls = new ArrayList<>(domainControls);
    for (String name : resolved.securedNames()) {
      if (controls.stream().noneMatch(control -> control.dnsName().equals(name))) {
        controls.add(DomainControl.pending(name, method, dcvToken));
      }
    }
    Order after =
        toBuilder()
            .status(OrderStatus.REISSUE_PENDING)
            .pendingReissue(resolved)
            .domainControls(controls)
            .build();
    Request request =
        Request.builder(requestId, clock.instant())
            .type(RequestType.REISSUE)
            .status(RequestStatus.PENDING)
            .requester(requester)
            .orderId(id)
            .build();
    return new OrderReissue(after, request);
  }

  /** Back to {@code issued} with the current certificate, the pending reissue dropped. */
  private Order withoutPendingReissue() {
    List<String> names = securedNames();
    return toBuilder()
        .status(OrderStatus.ISSUED)
        .pendingReissue(null)
        .domainControls(
            domainControls.stream().filter(control -> names.contains(control.dnsName())).toList())
        .build();
  }

  // ---------------------------------------------------------------- cancel and revoke

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
        return new OrderCancellation(withoutPendingReissue(), rejectedReissue);
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
   * @throws OrderNotRevocableException if the order is not issued (a pending reissue blocks
   *     revocation) or a revoke is already pending
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
   * returns it to {@code issued} with its current certificate. Other decisions leave it as it is.
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
        return !approved && status == OrderStatus.REISSUE_PENDING ? withoutPendingReissue() : this;
      default:
        return this;
    }
  }

  private void checkRevocable(String comments, List<Request> requestsOfOrder) {
    requireText("comments", comments);
    if (status == OrderStatus.REISSUE_PENDING) {
      throw new OrderNotRevocableException(
          id, rawStatus, "a reissue is pending; cancel it or wait for it first");
    }
    if (status != OrderStatus.ISSUED) {
      throw new OrderNotRevocableException(id, rawStatus, "only an issued order can be revoked");
    }
    requireNoOpen(requestsOfOrder, RequestType.REVOKE, OrderNotRevocableException::new);
  }

  /** How a rule names the order-status refusal it throws. */
  private interface Refusal {
    OrderStatusException of(OrderId orderId, String currentStatus, String reason);
  }

  private void requireNoOpen(List<Request> requestsOfOrder, RequestType type, Refusal refusal) {
    Optional<Request> open = openRequest(requestsOfOrder, type);
    if (open.isPresent()) {
      throw refusal.of(
          id, rawStatus, type.value() + " request " + open.get().id() + " is still pending");
    }
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

  // ---------------------------------------------------------------- accessors

  /** The order's id. */
  public OrderId id() {
    return id;
  }

  /** The known status, {@link OrderStatus#UNKNOWN} for a status added later. */
  public OrderStatus status() {
    return status;
  }

  /** The status exactly as CertCentral sent it. */
  public String rawStatus() {
    return rawStatus;
  }

  /** The certificate's common name, empty if not sent. */
  public String commonName() {
    return commonName;
  }

  /**
   * Every DNS name on the certificate. An order placed here lists the common name first and then
   * the other names, each once, as DigiCert's issued-order info does.
   */
  public List<String> dnsNames() {
    return dnsNames;
  }

  /** Every name the order's certificate secures: the common name, then the others, each once. */
  public List<String> securedNames() {
    return DnsNames.union(commonName.toLowerCase(Locale.ROOT), dnsNames);
  }

  /** The organization, if the order has one. */
  public Optional<Organization> organization() {
    return organization;
  }

  /** The product's {@code name_id}, such as {@code ssl_plus}. */
  public String productNameId() {
    return productNameId;
  }

  /** The validity in years, 0 when not sent or given in days. */
  public int validityYears() {
    return validityYears;
  }

  /** When the order was placed, if sent. */
  public Optional<Instant> dateCreated() {
    return dateCreated;
  }

  /** The CSR of the current (or awaited) certificate as sent, empty if not known. */
  public String csr() {
    return csr;
  }

  /** The hash the certificate is signed with, if known. */
  public Optional<SignatureHash> signatureHash() {
    return signatureHash;
  }

  /**
   * DigiCert's {@code server_platform.id}, {@value CertificateDetails#OTHER_SERVER_PLATFORM} for
   * other.
   */
  public int serverPlatformId() {
    return serverPlatformId;
  }

  /** How long the order runs ({@code order_validity}), if known. */
  public Optional<OrderValidity> validity() {
    return validity;
  }

  /** How the order's domains are validated, if known. */
  public Optional<DcvMethod> dcvMethod() {
    return dcvMethod;
  }

  /** The DCV state of each name the next certificate secures. */
  public List<DomainControl> domainControls() {
    return domainControls;
  }

  /** The current certificate, once one was issued; a revoked order keeps its last one. */
  public Optional<IssuedCertificate> certificate() {
    return certificate;
  }

  /** What a pending reissue asks for, while the order is {@code reissue_pending}. */
  public Optional<CertificateDetails> pendingReissue() {
    return pendingReissue;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Order)) {
      return false;
    }
    Order that = (Order) other;
    return id.equals(that.id)
        && status == that.status
        && rawStatus.equals(that.rawStatus)
        && commonName.equals(that.commonName)
        && dnsNames.equals(that.dnsNames)
        && organization.equals(that.organization)
        && productNameId.equals(that.productNameId)
        && validityYears == that.validityYears
        && dateCreated.equals(that.dateCreated)
        && csr.equals(that.csr)
        && signatureHash.equals(that.signatureHash)
        && serverPlatformId == that.serverPlatformId
        && validity.equals(that.validity)
        && dcvMethod.equals(that.dcvMethod)
        && domainControls.equals(that.domainControls)
        && certificate.equals(that.certificate)
        && pendingReissue.equals(that.pendingReissue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, rawStatus, commonName, dnsNames, certificate, domainControls);
  }

  @Override
  public String toString() {
    return "Order{id="
        + id
        + ", status="
        + rawStatus
        + ", common_name="
        + commonName
        + ", dns_names="
        + dnsNames
        + certificate.map(c -> ", certificate=" + c.id()).orElse("")
        + "}";
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
    private String csr = "";
    private SignatureHash signatureHash;
    private int serverPlatformId = CertificateDetails.OTHER_SERVER_PLATFORM;
    private OrderValidity validity;
    private DcvMethod dcvMethod;
    private List<DomainControl> domainControls = List.of();
    private IssuedCertificate certificate;
    private CertificateDetails pendingReissue;

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

    /** Sets the CSR as sent. */
    public Builder csr(String csr) {
      this.csr = csr;
      return this;
    }

    /** Sets the signature hash, or unknown with {@code null}. */
    public Builder signatureHash(SignatureHash signatureHash) {
      this.signatureHash = signatureHash;
      return this;
    }

    /** Sets DigiCert's server platform id. */
    public Builder serverPlatformId(int serverPlatformId) {
      this.serverPlatformId = serverPlatformId;
      return this;
    }

    /** Sets the names, CSR, hash and platform from a certificate's details. */
    public Builder details(CertificateDetails details) {
      return commonName(details.commonName())
          .dnsNames(details.securedNames())
          .csr(details.csr())
          .signatureHash(details.signatureHash())
          .serverPlatformId(details.serverPlatformId());
    }

    /** Sets {@code order_validity}, or unknown with {@code null}. */
    public Builder validity(OrderValidity validity) {
      this.validity = validity;
      return this;
    }

    /** Sets the DCV method, or unknown with {@code null}. */
    public Builder dcvMethod(DcvMethod dcvMethod) {
      this.dcvMethod = dcvMethod;
      return this;
    }

    /** Sets the DCV state of each name. */
    public Builder domainControls(List<DomainControl> domainControls) {
      this.domainControls = domainControls;
      return this;
    }

    /** Sets the current certificate, or none with {@code null}. */
    public Builder certificate(IssuedCertificate certificate) {
      this.certificate = certificate;
      return this;
    }

    /** Sets what a pending reissue asks for, or none with {@code null}. */
    public Builder pendingReissue(CertificateDetails pendingReissue) {
      this.pendingReissue = pendingReissue;
      return this;
    }

    /** Builds the order, validating it. */
    public Order build() {
      return new Order(this);
    }
  }
}
