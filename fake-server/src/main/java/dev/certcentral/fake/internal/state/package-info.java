/**
 * The fake's in-memory state and the small API every resource reaches it through ({@link
 * dev.certcentral.fake.internal.state.State}): keys, accounts with their orders, requests,
 * validations and per-resource tables, id sequences, the clock, the test CA, and the reactions that
 * carry one resource's change to another. Changed only through core's rules, applied by the
 * resources; knows nothing of HTTP.
 *
 * <p>No nulls: absent values are {@code Optional}.
 */
package dev.certcentral.fake.internal.state;
