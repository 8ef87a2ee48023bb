package dev.certcentral.fake.internal;

import dev.certcentral.fake.internal.http.Resource;
import dev.certcentral.fake.internal.orders.OrderRoutes;
import dev.certcentral.fake.internal.requests.RequestRoutes;
import java.util.List;

/**
 * Every resource the fake serves, in registration order. To add one (products, certificates, DCV,
 * ...): write its package under {@code dev.certcentral.fake.internal} (a {@link Resource} with its
 * routes, its JSON, its behaviour through core's rules and, if it keeps state of its own, a {@link
 * dev.certcentral.fake.internal.state.Table}), then add its line here.
 */
final class Resources {

  static final List<Resource> ALL = List.of(new OrderRoutes(), new RequestRoutes());

  private Resources() {}
}
