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
 * stored it; a revoked order's certificates, current and earlier, go into the CRL. Both start as
 * reactions inside the write that made the change. The CRL entry is made there; the signature is
 * made after that write, outside the account's lock, and stored by a write of its own that first
 * checks the order and its requests are still the ones signed for, so a slow signature never holds
 * up the account's other changes (all orders of a test usually share one account). The caller of
 * the first write still sees the order issued when its write returns.
 */
public final class Issuance {

  /**
   * How a leaf is signed: the test CA's issue, or in a test, one that moves the order meanwhile.
   */
  @FunctionalInterface
  interface Signer {
    IssuedLeaf issue(CheckedCsr key, LeafTemplate template);
  }

  private final State state;
  private final Signer signer;

  /** Issuance over the fake's state. */
  public Issuance(State state) {
    this(state, (key, template) -> state.ca().issue(key, template));
  }

  Issuance(State state, Signer signer) {
    this.state = state;
    this.signer = signer;
  }

  /** Registers the reaction that issues and revokes. */
  void register() {
    state
        .reactions()
        .onOrderChange(
            (account, before, after) -> {
              issueAfterThisWrite(account, after.id());
              // Listing a serial again keeps its first date, so a revoked order stored again
              // changes nothing: no need to tell a first revocation from a later write.
              if (after.status() == OrderStatus.REVOKED) {
                revoke(account, after.id());
              }
            });
    // No request reaction: a decision that can make an order ready stores the order too (its
    // status, or DCV opened by the approval), and readiness is asked after the whole write.
  }

  private void issueAfterThisWrite(Account account, OrderId orderId) {
    // Whether the order is ready is asked after the write, where it counts.
    account.afterWrite(() -> issue(account, orderId));
  }

  /**
   * Signs outside the lock, and stores only if neither the order nor its requests moved meanwhile;
   * else reads and signs again. It ends when the order is not (or no longer) ready: issued by this
   * loop or by another change's, canceled, rejected. Each change that leaves it ready queues its
   * own issuance, so one of them stores and the others then find it issued.
   */
  private void issue(Account account, OrderId orderId) {
    while (true) {
      Optional<Order> read = account.order(orderId);
      if (read.isEmpty()) {
        return;
      }
      Order order = read.get();
      List<Request> requests = account.requestsOf(orderId);
      Optional<Signed> signed = sign(order, requests);
      if (signed.isEmpty()) {
        return;
      }
      account.write(
          () -> {
            // Identity, not equality: any write since the read stored new values.
            if (account.order(orderId).orElse(null) == order
                && account.requestsOf(orderId) == requests) {
              store(account, order, requests, signed.get());
            }
          });
    }
  }

  /** A leaf signed for an order, with what order info and downloads need of it. */
  private record Signed(
      IssuedCertificate certificate, ValidityPeriod validity, String csr, byte[] der) {}

  /** The order's leaf, or empty if the order is not ready or its own validity is over. */
  private Optional<Signed> sign(Order order, List<Request> requests) {
    if (!order.readyToIssue(requests)) {
      return Optional.empty();
    }
    ValidityPeriod validity;
    try {
      validity = order.certificateValidity(state.clock().instant());
    } catch (OrderNotIssuableException ended) {
      // The order's own validity is over: it waits, as DigiCert's would, for nothing.
      return Optional.empty();
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
    IssuedLeaf leaf = signer.issue(key, template);
    return Optional.of(
        new Signed(
            leaf.toIssuedCertificate(new CertificateId(state.certificateIds().next())),
            validity,
            details.map(CertificateDetails::csr).orElse(""),
            leaf.der()));
  }

  private static void store(Account account, Order order, List<Request> requests, Signed signed) {
    account
        .table(CertificateBook.TABLE)
        .add(
            new StoredCertificate(
                signed.certificate(), order.id(), signed.validity(), signed.csr(), signed.der()));
    account.put(order.issue(signed.certificate(), requests));
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
