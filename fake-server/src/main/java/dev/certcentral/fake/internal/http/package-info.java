/**
 * The fake's shared HTTP plumbing, the same for every resource: the {@link
 * dev.certcentral.fake.internal.http.Api} resources add their routes to (key check, rate limits,
 * fault hooks, the journal), JSON bodies in and streamed JSON out, DigiCert's error answers, and
 * the Jetty hardening (Host check, method overrides removed, slow bodies read without a thread,
 * graceful drain).
 *
 * <p>No nulls: absent values are {@code Optional}.
 */
package dev.certcentral.fake.internal.http;
