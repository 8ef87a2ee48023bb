/**
 * Reissuing: {@code POST /order/certificate/{order_id}/reissue} with a new CSR and, optionally,
 * changed names, through core's reissue rule: the order goes {@code reissue_pending} with a {@code
 * reissue} request; approval and DCV of any new name give it a new certificate while the old one
 * stays downloadable. It answers as placement does, so it uses the placement resource.
 *
 * <p>No nulls: absent values are {@code Optional}.
 */
package dev.certcentral.fake.internal.reissue;
