/**
 * What a CertCentral is to core: the outbound ports that the HTTP client and the fake implement.
 *
 * <p>No nulls: absent values are {@code Optional}.
 */
package dev.certcentral.core.port.out;
