package dev.certcentral.fake.internal.products;

import dev.certcentral.core.domain.error.DigiCertError;
import dev.certcentral.core.domain.error.ErrorCodes;
import dev.certcentral.core.domain.error.NotFoundException;
import java.util.List;

/**
 * The products the fake sells: the TLS products issue 13 names, with their names from DigiCert's
 * product pages (ssl_basic "Basic OV" and ssl_ev_basic "Basic EV" from product info, ssl_plus
 * "Standard SSL" from the product list's example, ssl_securesite_flex "Secure Site OV" from the
 * glossary of product identifiers).
 */
public final class Products {

  /** Every product, in the order {@code GET /product} lists them. */
  public static final List<Product> ALL =
      List.of(
          new Product("ssl_basic", "Basic OV", "OV", List.of(1, 2, 3)),
          new Product("ssl_securesite_flex", "Secure Site OV", "OV", List.of(1, 2, 3)),
          new Product("ssl_ev_basic", "Basic EV", "EV", List.of(1, 2)),
          new Product("ssl_plus", "Standard SSL", "OV", List.of(1, 2)));

  private Products() {}

  /**
   * The product with this identifier.
   *
   * @throws NotFoundException with DigiCert's {@code not_found|product} if the fake sells none so
   */
  public static Product require(String nameId) {
    for (Product product : ALL) {
      if (product.nameId().equals(nameId)) {
        return product;
      }
    }
    String message = "product " + nameId + " not found";
    throw new NotFoundException(
        message, 0, List.of(new DigiCertError(ErrorCodes.PRODUCT_NOT_FOUND, message)), null);
  }
}
