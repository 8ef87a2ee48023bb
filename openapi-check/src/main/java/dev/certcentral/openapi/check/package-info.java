/**
 * Test support: checks HTTP exchanges against the OpenAPI description of CertCentral and renders
 * the fidelity ledger from its {@code x-source} and {@code x-fake-decision} marks.
 *
 * <p>No nulls: absent values are {@code Optional}, absent lists are empty.
 */
package dev.certcentral.openapi.check;
