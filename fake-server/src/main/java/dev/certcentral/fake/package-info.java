/**
 * A stateful fake CertCentral, in-process ({@link dev.certcentral.fake.FakeCertCentral}) or
 * standalone ({@link dev.certcentral.fake.FakeCertCentralMain}).
 *
 * <p>No nulls: absent values are {@code Optional}.
 */
package dev.certcentral.fake;
