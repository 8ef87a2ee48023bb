/**
 * The fake's control API under {@code /__fake} (health, reset, state, orders, keys, clock, faults,
 * journal, DCV policy and tokens, the test CA's root and CRL): the fake's own, not DigiCert's.
 * {@link dev.certcentral.fake.internal.admin.ControlPlane} holds each operation once, for these
 * routes and for the in-process {@code FakeCertCentral}; the {@code *Json} classes hold the control
 * API's field names once, for the fake and for the remote control client.
 *
 * <p>No nulls: absent values are {@code Optional}.
 */
package dev.certcentral.fake.internal.admin;
