/**
 * The requests resource: {@code GET /request[/{id}]}, decide ({@code PUT /request/{id}/status}) and
 * revoke ({@code PUT /order/certificate/{id}/revoke}, which makes a request), each through core's
 * rules ({@link dev.certcentral.fake.internal.requests.Requests}), with its JSON ({@link
 * dev.certcentral.fake.internal.requests.RequestJson}). A request is about an order, so this
 * package uses the orders resource (its JSON, embedded), never the other way round.
 *
 * <p>No nulls: absent values are {@code Optional}.
 */
package dev.certcentral.fake.internal.requests;
