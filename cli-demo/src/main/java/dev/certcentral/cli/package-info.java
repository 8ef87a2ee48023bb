/**
 * {@code certcentral}, a picocli command line over the client, with an embedded fake when no
 * account is given.
 *
 * <p>No nulls: absent values are {@code Optional}.
 */
package dev.certcentral.cli;
