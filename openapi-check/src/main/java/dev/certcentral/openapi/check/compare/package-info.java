/**
 * Record and compare: runs CertCentral's read-only calls against two CertCentrals (the real one and
 * a fake) and reports where their answers differ in status, field presence and JSON type.
 *
 * <p>No nulls: absent values are {@code Optional}, absent lists are empty.
 */
package dev.certcentral.openapi.check.compare;
