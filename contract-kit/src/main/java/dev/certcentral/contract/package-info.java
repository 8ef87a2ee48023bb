/**
 * The port contract suites that every implementation of core's outbound ports must pass (the order
 * lifecycle, and a certificate's whole life from placement to revocation), and {@link
 * dev.certcentral.contract.ManualTime} for tests of code that waits.
 *
 * <p>No nulls: absent values are {@code Optional}.
 */
package dev.certcentral.contract;
