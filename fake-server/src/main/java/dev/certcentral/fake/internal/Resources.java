package dev.certcentral.fake.internal;

import dev.certcentral.fake.internal.certificates.CertificateRoutes;
import dev.certcentral.fake.internal.dcv.DcvRoutes;
import dev.certcentral.fake.internal.http.Resource;
import dev.certcentral.fake.internal.orders.OrderRoutes;
import dev.certcentral.fake.internal.placement.PlacementRoutes;
import dev.certcentral.fake.internal.products.ProductRoutes;
import dev.certcentral.fake.internal.reissue.ReissueRoutes;
import dev.certcentral.fake.internal.requests.RequestRoutes;
import dev.certcentral.fake.internal.state.State;
import java.util.List;

/**
 * Every resource the fake serves, in registration order (which is also the order their reactions
 * run in: DCV passes names before certificates issue). To add one: write its package under {@code
 * dev.certcentral.fake.internal} (a {@link Resource} with its routes, its JSON, its behaviour
 * through core's rules and, if it keeps state of its own, a {@link
 * dev.certcentral.fake.internal.state.Table}), then add its line here.
 */
public final class Resources {

  static final List<Resource> ALL =
      List.of(
          new OrderRoutes(),
          new RequestRoutes(),
          new ProductRoutes(),
          new PlacementRoutes(),
          new DcvRoutes(),
          new CertificateRoutes(),
          new ReissueRoutes());

  private Resources() {}

  /**
   * Wires every resource's reactions into a state: what makes placement, approval, DCV, issuance
   * and revocation carry over to each other, with or without HTTP in front of the state.
   */
  public static State wire(State state) {
    for (Resource resource : ALL) {
      resource.react(state);
    }
    return state;
  }
}
