/**
 * The port contract suite that every implementation of core's outbound ports must pass, and {@link
 * dev.certcentral.contract.ManualTime} for tests of code that waits.
 *
 * <p>No nulls: absent values are {@code Optional}.
 */
package dev.certcentral.contract;
