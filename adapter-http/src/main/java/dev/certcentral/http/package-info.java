/**
 * {@link dev.certcentral.http.CertCentralClient}: core's ports over DigiCert's HTTP API, with
 * Retrofit and Moshi on OkHttp kept out of every public signature.
 *
 * <p>No nulls: absent values are {@code Optional}. The package-private wire records mirror
 * DigiCert's JSON and may hold nulls; they are turned into {@code Optional}s before anything leaves
 * the package.
 */
package dev.certcentral.http;
