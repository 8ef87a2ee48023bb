/**
 * Every exception of every module: unchecked, rooted at {@link
 * dev.certcentral.core.domain.error.CertCentralException}, told apart by {@link
 * dev.certcentral.core.domain.error.ErrorCategory}; no other package declares one.
 *
 * <p>No nulls: absent values are {@code Optional}.
 */
package dev.certcentral.core.domain.error;
