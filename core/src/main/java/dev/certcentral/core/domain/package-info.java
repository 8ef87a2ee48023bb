/**
 * The CertCentral order lifecycle's values and the rules on them: orders, requests, their statuses,
 * validation and the outcome of a revoke.
 *
 * <p>No nulls: absent values are {@code Optional}.
 */
package dev.certcentral.core.domain;
