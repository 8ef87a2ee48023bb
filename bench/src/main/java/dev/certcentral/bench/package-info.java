/**
 * Benchmarks of the fake and the client (JMH), built only with {@code -Pbench} and never part of
 * {@code verify}.
 *
 * <p>No nulls: absent values are {@code Optional}.
 */
package dev.certcentral.bench;
