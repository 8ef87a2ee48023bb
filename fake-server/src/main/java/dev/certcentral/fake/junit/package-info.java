/**
 * The JUnit 5 extension that gives a test class one fake on a free port and resets it before each
 * test.
 *
 * <p>No nulls: absent values are {@code Optional}.
 */
package dev.certcentral.fake.junit;
