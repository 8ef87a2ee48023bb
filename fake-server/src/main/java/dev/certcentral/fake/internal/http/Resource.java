package dev.certcentral.fake.internal.http;

import dev.certcentral.fake.internal.state.State;

/**
 * One resource of the fake's CertCentral API (orders, requests, and the ones to come: products,
 * certificates, DCV, ...), in a package of its own with its routes, its JSON and its behaviour
 * through core's rules. Adding one is that package plus one line in {@code
 * dev.certcentral.fake.internal.Resources}.
 */
@FunctionalInterface
public interface Resource {

  /** Adds the resource's routes to the API. */
  void register(Api api);

  /**
   * Adds the reactions to other resources' changes the resource needs to the state (through {@code
   * state.reactions()}): once per state, with or without HTTP in front of it.
   */
  default void react(State state) {}
}
