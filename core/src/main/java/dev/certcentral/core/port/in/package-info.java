/**
 * The use cases core offers, each a {@code <Verb><Noun>UseCase}, and the commands they take, which
 * validate themselves when built.
 *
 * <p>No nulls: absent values are {@code Optional}.
 */
package dev.certcentral.core.port.in;
