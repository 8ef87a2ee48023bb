/**
 * The certificates resource: issuance (an order that is ready gets a genuine X.509 leaf from the
 * test CA, through core's issue rule), downloads in DigiCert's formats ({@code GET
 * /certificate/{id}/download/format/{format}}, {@code GET /certificate/download/order/{id}[/format/
 * {format}]}), the chain ({@code GET /certificate/{id}/chain}) and the CRL the fake serves at the
 * URL its certificates name, which lists every certificate of a revoked order. It knows no other
 * resource: orders and DCV reach it only through the state's reactions.
 *
 * <p>No nulls: absent values are {@code Optional}.
 */
package dev.certcentral.fake.internal.certificates;
