package dev.certcentral.core.domain;

import java.util.Objects;

/**
 * The organization an order is for.
 *
 * @param id the organization's id
 * @param name its legal name, empty if not sent
 */
public record Organization(long id, String name) {

  /** Normalises a missing name to an empty string. */
  public Organization {
    name = Objects.requireNonNullElse(name, "");
  }
}
