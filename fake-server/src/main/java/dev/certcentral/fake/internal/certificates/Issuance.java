package dev.certcentral.fake.internal.certificates;

import dev.certcentral.core.domain.CertificateDetails;
import dev.certcentral.core.domain.CertificateId;
import dev.certcentral.core.domain.IssuedCertificate;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.SignatureHash;
import dev.certcentral.core.domain.ValidityPeriod;
import dev.certcentral.core.domain.error.OrderNotIssuableException;
import dev.certcentral.fake.internal.ca.CheckedCsr;
import dev.certcentral.fake.internal.ca.CsrCheck;
import dev.certcentral.fake.internal.ca.IssuedLeaf;
import dev.certcentral.fake.internal.ca.LeafTemplate;
import dev.certcentral.fake.internal.ca.TestCertificateAuthority;
import dev.certcentral.fake.internal.state.Account;
import dev.certcentral.fake.internal.state.State;
import java.math.BigInteger;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * How certificates come to be: an order that core's rules find ready (its request approved, every
 * name through DCV) is issued a leaf by the test CA the moment it is stored so, whichever resource
 * stored it; a revoked order's certificates, current and earlier, go into the CRL. Both run as
 * reactions inside the write that made the change.
 */
public final class Issuance {

  private final State state;

  /** Issuance over the fake's state. */
  public Issuance(State state) {
    this.state = state;
  }

  /** Registers the reactions that issue and revoke. */
  void register() {
    state
        .reactions()
        .onOrderChange(
            (account, before, after) -> {
              issueIfReady(account, after.id());
              // Listing a serial again keeps its first date, so a revoked order stored again
              // changes nothing: no need to tell a first revocation from a later write.
              if (after.status() == OrderStatus.REVOKED) {
                revoke(account, after.id());
              }
            });
    state
        .reactions()
        .onRequestChange(
            (account, before, after) -> after.orderId().ifPresent(id -> issueIfReady(account, id)));
  }

  private void issueIfReady(Account account, OrderId orderId) {
    Optional<Order> stored = account.order(orderId);
    if (stored.isEmpty()) {
      return;
    }
    Order order = stored.get();
    List<Request> requests = account.requestsOf(orderId);
    if (!order.readyToIssue(requests)) {
      return;
    }
    ValidityPeriod validity;
    try {
      validity = order.certificateValidity(state.clock().instant());
    } catch (OrderNotIssuableException ended) {
      // The order's own validity is over: it waits, as DigiCert's would, for nothing.
      return;
    }
    TestCertificateAuthority ca = state.ca();
    Optional<CertificateDetails> details = order.certificateToIssue();
    CheckedCsr key =
        details.map(d -> CsrCheck.check(d.csr(), d.securedNames())).orElseGet(ca::givenKey);
    LeafTemplate template =
        details
            .map(d -> LeafTemplate.forCertificate(d, validity, state.crlUrl()))
            .orElseGet(
                () ->
                    new LeafTemplate(
                        order.commonName(),
                        order.namesToIssue(),
                        validity,
                        order.signatureHash().orElse(SignatureHash.SHA256),
                        state.crlUrl()));
    IssuedLeaf leaf = ca.issue(key, template);
    IssuedCertificate certificate =
        leaf.toIssuedCertificate(new CertificateId(state.certificateIds().next()));
    Order issued = order.issue(certificate, requests);
    account
        .table(CertificateBook.TABLE)
        .add(
            new StoredCertificate(
                certificate,
                orderId,
                validity,
                details.map(CertificateDetails::csr).orElse(""),
                leaf.der()));
    account.put(issued);
  }

  private void revoke(Account account, OrderId orderId) {
    Instant now = state.clock().instant().truncatedTo(ChronoUnit.SECONDS);
    RevokedSerials crl = state.table(RevokedSerials.TABLE);
    for (StoredCertificate certificate : account.table(CertificateBook.TABLE).ofOrder(orderId)) {
      crl.revoke(certificate.serialNumber(), now);
    }
  }

  /**
   * The certificate of an order given through the control API in a status that has one: a serial
   * from the CA and the order's names and validity now, the signature when first downloaded. Call
   * inside the write that stores the order, before the order, so a given revoked order's serial
   * reaches the CRL.
   *
   * @param account the order's account
   * @param order the order as it will be stored, without its certificate
   * @param csr the CSR whose key the certificate certifies, empty for the fake's own key
   * @param issuedAt when the certificate was issued (in the past for an expired order)
   * @return the certificate to store on the order
   * @throws dev.certcentral.core.domain.error.CsrInvalidException if the CSR is not one the CA
   *     takes for the order's names
   */
  public IssuedCertificate given(Account account, Order order, String csr, Instant issuedAt) {
    int keySize = csr.isEmpty() ? 256 : CsrCheck.check(csr, order.securedNames()).keySize();
    ValidityPeriod validity = order.certificateValidity(issuedAt.truncatedTo(ChronoUnit.SECONDS));
    BigInteger serial = state.ca().nextSerial();
    IssuedCertificate certificate =
        IssuedCertificate.builder(new CertificateId(state.certificateIds().next()))
            .serialNumber(IssuedLeaf.hex(serial))
            .commonName(order.commonName())
            .dnsNames(order.securedNames())
            .dateIssued(validity.notBefore())
            .validity(validity)
            .signatureHash(order.signatureHash().orElse(SignatureHash.SHA256))
            .keySize(keySize)
            .build();
    account
        .table(CertificateBook.TABLE)
        .add(new StoredCertificate(certificate, order.id(), validity, csr, null));
    return certificate;
  }
}
