/**
 * The fake's in-memory state (accounts, keys, orders, requests), changed only through core's rules.
 *
 * <p>No nulls: absent values are {@code Optional}.
 */
package dev.certcentral.fake.store;
