package dev.certcentral.core.domain;

import java.util.Objects;

/**
 * A CertCentral user as it appears in requests (requester, reviewer, processor).
 *
 * @param id the user's id
 * @param firstName first name, empty if not sent
 * @param lastName last name, empty if not sent
 * @param email e-mail address, empty if not sent
 */
public record User(long id, String firstName, String lastName, String email) {

  /** Normalises missing names to empty strings. */
  public User {
    firstName = Objects.requireNonNullElse(firstName, "");
    lastName = Objects.requireNonNullElse(lastName, "");
    email = Objects.requireNonNullElse(email, "");
  }

  /** First and last name joined by a space. */
  public String fullName() {
    return (firstName + " " + lastName).trim();
  }
}
