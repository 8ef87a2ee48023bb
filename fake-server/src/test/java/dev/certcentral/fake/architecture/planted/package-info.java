/**
 * A planted violation of the public-signature rule, imported only by the test that shows the rule
 * catches it.
 *
 * <p>No nulls: absent values are {@code Optional}.
 */
package dev.certcentral.fake.architecture.planted;
