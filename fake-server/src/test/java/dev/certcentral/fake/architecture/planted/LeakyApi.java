package dev.certcentral.fake.architecture.planted;

import io.javalin.http.Context;

/** A planted violation: a public API whose nested builder shows a Javalin type. */
public final class LeakyApi {

  private LeakyApi() {}

  /** A builder that leaks. */
  public static final class Builder {

    /** Takes a Javalin context: exactly what the rule must catch. */
    public Builder from(Context ctx) {
      return this;
    }
  }
}
