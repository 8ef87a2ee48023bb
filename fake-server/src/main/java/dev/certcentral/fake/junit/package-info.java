/**
 * The JUnit 5 extension that gives a test class one fake on a free port, reset before each test (or
 * once per class), configured through {@code @RegisterExtension} with the fake's builder.
 *
 * <p>No nulls: absent values are {@code Optional}.
 */
package dev.certcentral.fake.junit;
