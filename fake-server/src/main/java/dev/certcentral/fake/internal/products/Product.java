package dev.certcentral.fake.internal.products;

import java.util.List;

/**
 * One product the fake sells, with the fields of DigiCert's product list
 * (https://dev.digicert.com/certcentral-apis/services-api/products/product-list.html).
 *
 * @param nameId the product's identifier, such as {@code ssl_basic}
 * @param name its display name
 * @param validationType {@code OV} or {@code EV}
 * @param allowedValidityYears the validities in years it may be ordered for
 */
public record Product(
    String nameId, String name, String validationType, List<Integer> allowedValidityYears) {

  /** DigiCert's group and type of every TLS product. */
  public static final String SSL_CERTIFICATE = "ssl_certificate";

  /** Copies the list. */
  public Product {
    allowedValidityYears = List.copyOf(allowedValidityYears);
  }

  /** Whether orders for it need an organization: every OV and EV product's do. */
  public boolean needsOrganization() {
    return "OV".equals(validationType) || "EV".equals(validationType);
  }
}
