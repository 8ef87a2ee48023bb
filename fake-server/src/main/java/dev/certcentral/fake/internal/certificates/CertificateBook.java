package dev.certcentral.fake.internal.certificates;

import dev.certcentral.core.domain.CertificateId;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.error.DigiCertError;
import dev.certcentral.core.domain.error.ErrorCodes;
import dev.certcentral.core.domain.error.NotFoundException;
import dev.certcentral.fake.internal.state.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One account's certificates, current and earlier: a reissued order's old certificate stays here,
 * downloadable by its id, and is revoked with the order. Written only inside the account's writes.
 */
final class CertificateBook {

  /** The book of each account. */
  static final Table<CertificateBook> TABLE =
      Table.of("certificates", CertificateBook.class, CertificateBook::new);

  /** No certificate with that id is visible to the key: DigiCert's generic code. */
  static final String NOT_FOUND = ErrorCodes.CERTIFICATE_NOT_FOUND;

  private final Map<Long, StoredCertificate> byId = new ConcurrentHashMap<>();
  private final Map<Long, List<StoredCertificate>> byOrder = new ConcurrentHashMap<>();

  void add(StoredCertificate certificate) {
    byId.put(certificate.id().value(), certificate);
    List<StoredCertificate> ofOrder =
        new ArrayList<>(byOrder.getOrDefault(certificate.orderId().value(), List.of()));
    ofOrder.add(certificate);
    byOrder.put(certificate.orderId().value(), List.copyOf(ofOrder));
  }

  /**
   * The certificate.
   *
   * @throws NotFoundException with {@code not_found} if the account has none so
   */
  StoredCertificate find(CertificateId id) {
    StoredCertificate certificate = byId.get(id.value());
    if (certificate == null) {
      throw notFound("certificate " + id + " not found");
    }
    return certificate;
  }

  /** Every certificate the order ever had, oldest first. */
  List<StoredCertificate> ofOrder(OrderId orderId) {
    return byOrder.getOrDefault(orderId.value(), List.of());
  }

  static NotFoundException notFound(String message) {
    return new NotFoundException(message, 0, List.of(new DigiCertError(NOT_FOUND, message)), null);
  }
}
