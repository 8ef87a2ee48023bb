package dev.certcentral.fake.internal.orders;

import dev.certcentral.core.domain.DcvMethod;
import dev.certcentral.core.domain.DomainControl;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.OrganizationValidation;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.RequestStatus;
import dev.certcentral.core.domain.RequestType;
import dev.certcentral.core.domain.SignatureHash;
import dev.certcentral.core.domain.User;
import dev.certcentral.fake.OrderSpec;
import dev.certcentral.fake.internal.certificates.Issuance;
import dev.certcentral.fake.internal.state.Account;
import dev.certcentral.fake.internal.state.DcvTokens;
import dev.certcentral.fake.internal.state.State;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Puts an order in a given status straight into an account, for tests and preloads, as CertCentral
 * would hold it: domain controls and validations that follow from the status unless given, a
 * certificate from the fake's CA for a status that has one (signed when first downloaded), and an
 * open request for an order that waits on one ({@code needs_approval}: a new certificate, {@code
 * reissue_pending}: a reissue).
 */
public final class OrderFactory {

  private static final Set<OrderStatus> CERTIFIED =
      EnumSet.of(
          OrderStatus.ISSUED,
          OrderStatus.REISSUE_PENDING,
          OrderStatus.REVOKED,
          OrderStatus.EXPIRED);

  /** How long ago a given expired order's certificate was issued: longer than any runs. */
  private static final Duration EXPIRED_AGO = Duration.ofDays(398);

  private static final Set<OrderStatus> VALIDATED =
      EnumSet.of(
          OrderStatus.WAITING_PICKUP,
          OrderStatus.ISSUED,
          OrderStatus.REISSUE_PENDING,
          OrderStatus.REVOKED,
          OrderStatus.EXPIRED);

  /** The requester of the open requests given orders come with: the fake's own user. */
  private static final User GIVEN_REQUESTER =
      new User(1, "Fake", "Requester", "requester@example.com");

  private final State state;

  /** Creates orders in the fake's state. */
  public OrderFactory(State state) {
    this.state = state;
  }

  /**
   * Creates an order as the spec says in the account, stamped with the fake's clock.
   *
   * @throws dev.certcentral.core.domain.error.CsrInvalidException if the spec's CSR is not one the
   *     CA takes for the order's names
   */
  public Order create(long accountId, OrderSpec spec) {
    Account account = state.account(accountId);
    Instant now = state.clock().instant().truncatedTo(ChronoUnit.SECONDS);
    OrderId id = new OrderId(state.orderIds().next());
    boolean validated = VALIDATED.contains(spec.status());
    DcvMethod method = spec.dcvMethod();
    String token = method.usesToken() ? DcvTokens.of(state.seed(), id, "order") : "";
    Order.Builder built =
        Order.builder(id)
            .status(spec.status())
            .commonName(spec.commonName())
            .dnsNames(spec.dnsNames())
            .organization(spec.organization())
            .productNameId(spec.productNameId())
            .validityYears(spec.validityYears())
            .dateCreated(now)
            .csr(spec.csr().orElse(""))
            .signatureHash(SignatureHash.SHA256)
            .dcvMethod(method);
    Order named = built.build();
    List<DomainControl> controls = new ArrayList<>();
    for (String name : named.securedNames()) {
      controls.add(
          validated
              ? DomainControl.approved(name, method, now)
              : DomainControl.pending(name, method, token));
    }
    built.domainControls(controls);
    return account.write(
        () -> {
          if (CERTIFIED.contains(spec.status())) {
            Instant issuedAt = spec.status() == OrderStatus.EXPIRED ? now.minus(EXPIRED_AGO) : now;
            built.certificate(
                new Issuance(state).given(account, built.build(), spec.csr().orElse(""), issuedAt));
          }
          Order order = built.build();
          // The open request first: the order's reactions (DCV, issuance) must see it, or a
          // reissue_pending order with its names validated would be issued at once.
          if (spec.status() == OrderStatus.REISSUE_PENDING) {
            account.put(openRequest(id, RequestType.REISSUE, now));
          } else if (spec.status() == OrderStatus.NEEDS_APPROVAL) {
            account.put(openRequest(id, RequestType.NEW_REQUEST, now));
          }
          account.put(order);
          account.put(
              id,
              new Account.Validations(
                  spec.organizationValidations()
                      .orElseGet(() -> organizationValidations(validated, now)),
                  spec.dnsNameValidations().orElse(List.of())));
          return order;
        });
  }

  private Request openRequest(OrderId orderId, RequestType type, Instant now) {
    return state
        .requestIds()
        .withNext(
            id ->
                Request.builder(new RequestId(id), now)
                    .type(type)
                    .status(RequestStatus.PENDING)
                    .requester(GIVEN_REQUESTER)
                    .comments(
                        type == RequestType.REISSUE ? "Reissue requested." : "New certificate.")
                    .orderId(orderId)
                    .build());
  }

  private static List<OrganizationValidation> organizationValidations(
      boolean validated, Instant now) {
    return List.of(
        new OrganizationValidation(
            "ov",
            "OV",
            "Normal Organization Validation",
            validated ? Optional.of(now) : Optional.empty(),
            validated ? Optional.of(now.plus(Duration.ofDays(397))) : Optional.empty(),
            validated ? "complete" : "pending"));
  }
}
