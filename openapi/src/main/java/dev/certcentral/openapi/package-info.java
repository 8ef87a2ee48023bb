/**
 * The OpenAPI description of the CertCentral endpoints this project covers, as a classpath
 * resource. No nulls: every method returns a value or throws.
 */
package dev.certcentral.openapi;
