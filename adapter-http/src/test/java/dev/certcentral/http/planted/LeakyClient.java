package dev.certcentral.http.planted;

import okhttp3.Request;

/** A planted violation: a public client whose nested builder shows an OkHttp type. */
public final class LeakyClient {

  private LeakyClient() {}

  /** A builder that leaks. */
  public static final class Builder {

    /** Takes an OkHttp request: exactly what the rule must catch. */
    public Builder template(Request request) {
      return this;
    }

    /** The allowed member's name, on another type: still caught. */
    public Builder okHttpClient(okhttp3.OkHttpClient client) {
      return this;
    }
  }
}
