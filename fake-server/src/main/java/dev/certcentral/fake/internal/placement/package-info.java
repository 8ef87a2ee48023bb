/**
 * Placing orders: {@code POST /order/certificate/{product_name_id}} with DigiCert's body and
 * answer, through core's placement rule ({@code Order.place}): the product must be one the fake
 * sells, the CSR one its CA takes for the order's names, and the order then waits in {@code
 * needs_approval} on a {@code new_request} request, or, with {@code skip_approval}, goes straight
 * into DCV (and, under the {@code instant} DCV policy, is issued in the same call). It uses
 * products, DCV's tokens and certificates (for the chain of an order issued at once).
 *
 * <p>No nulls: absent values are {@code Optional}.
 */
package dev.certcentral.fake.internal.placement;
