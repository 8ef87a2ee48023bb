/**
 * The fake's DigiCert routes: JSON in and out, keys and roles, rate limits, injected faults, the
 * journal and DigiCert's error answers.
 *
 * <p>No nulls: absent values are {@code Optional}.
 */
package dev.certcentral.fake.web;
