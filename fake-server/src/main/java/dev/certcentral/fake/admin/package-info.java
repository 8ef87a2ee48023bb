/**
 * The fake's control API under {@code /__fake} (reset, state, seeding, clock, faults, journal): the
 * fake's own, not DigiCert's.
 *
 * <p>No nulls: absent values are {@code Optional}.
 */
package dev.certcentral.fake.admin;
