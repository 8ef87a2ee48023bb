/**
 * The use cases over the outbound ports: they orchestrate, while the rules stay on the domain's
 * entities.
 *
 * <p>No nulls: absent values are {@code Optional}.
 */
package dev.certcentral.core.service;
