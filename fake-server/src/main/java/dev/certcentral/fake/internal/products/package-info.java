/**
 * The products resource: {@code GET /product}, the TLS products the fake sells ({@code ssl_basic},
 * {@code ssl_securesite_flex}, {@code ssl_ev_basic} and the legacy {@code ssl_plus}), and the
 * look-up placement uses, which answers an unknown product with 404 {@code not_found|product}. It
 * knows no other resource.
 *
 * <p>No nulls: absent values are {@code Optional}.
 */
package dev.certcentral.fake.internal.products;
