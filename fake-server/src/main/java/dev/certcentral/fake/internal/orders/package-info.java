/**
 * The orders resource: {@code GET /order/certificate[/{id}]}, cancel ({@code PUT .../status}) and
 * the validation status, each through core's rules ({@link
 * dev.certcentral.fake.internal.orders.Orders}), with its JSON ({@link
 * dev.certcentral.fake.internal.orders.OrderJson}) and the factory that puts a given order into an
 * account. It knows no other resource; requests build on it.
 *
 * <p>No nulls: absent values are {@code Optional}.
 */
package dev.certcentral.fake.internal.orders;
