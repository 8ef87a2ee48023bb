/**
 * The fake's throwaway test CA: a root and an intermediate per fake instance (deterministic when
 * seeded), CSR checks with DigiCert's {@code csr_invalid_*} codes, genuine X.509 leaves, a CRL of
 * revoked serials, and downloads in DigiCert's formats. Nothing it signs is trusted anywhere; its
 * names say so. BouncyCastle stays inside this package: the public types here speak only JDK and
 * core types.
 *
 * <p>No nulls: absent values are {@code Optional}.
 */
package dev.certcentral.fake.internal.ca;
