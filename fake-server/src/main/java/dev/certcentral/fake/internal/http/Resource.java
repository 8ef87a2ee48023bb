package dev.certcentral.fake.internal.http;

/**
 * One resource of the fake's CertCentral API (orders, requests, and the ones to come: products,
 * certificates, DCV, ...), in a package of its own with its routes, its JSON and its behaviour
 * through core's rules. Adding one is that package plus one line in {@code
 * dev.certcentral.fake.internal.Resources}.
 */
@FunctionalInterface
public interface Resource {

  /**
   * Adds the resource's routes to the API, and the reactions to other resources' changes it needs
   * to the state ({@code api.state().reactions()}).
   */
  void register(Api api);
}
