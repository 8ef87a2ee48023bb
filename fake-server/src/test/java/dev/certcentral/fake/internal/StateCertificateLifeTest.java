package dev.certcentral.fake.internal;

import dev.certcentral.contract.CertificateLifeContract;
import dev.certcentral.contract.CertificateLifeFixture;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.port.out.CertCentral;
import dev.certcentral.fake.DcvPolicy;
import dev.certcentral.fake.KeyRole;
import dev.certcentral.fake.OrderSpec;
import dev.certcentral.fake.internal.dcv.DomainValidation;
import dev.certcentral.fake.internal.state.Caller;
import dev.certcentral.fake.internal.state.SimulatedClock;
import dev.certcentral.fake.internal.state.State;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;

/**
 * The certificate-life contract against the in-memory state directly, without HTTP, its resources
 * wired as the fake wires them. DCV never passes by itself here: every name passes because the
 * fixture puts its token in place, so the contract's DCV hook is what issues each certificate.
 */
class StateCertificateLifeTest extends CertificateLifeContract {

  private State state;
  private Caller admin;

  @BeforeEach
  void newState() {
    state = Resources.wire(new State(SimulatedClock.system(), Optional.empty()));
    state.dcvPolicy(DcvPolicy.never());
    admin = state.caller(state.keys().add("admin-key", KeyRole.ADMINISTRATOR, 1));
  }

  @Override
  protected CertificateLifeFixture fixture() {
    return new CertificateLifeFixture() {
      @Override
      public CertCentral certCentral() {
        return new KeySession(admin);
      }

      @Override
      public String domain() {
        return "life.example";
      }

      @Override
      public long organizationId() {
        return OrderSpec.DEFAULT_ORGANIZATION.id();
      }

      @Override
      public Duration issuanceTimeout() {
        // The state issues inside the call that completes DCV: the first poll finds it issued.
        return Duration.ofSeconds(1);
      }

      @Override
      public void passDcv(OrderId orderId, String dnsName) {
        new DomainValidation(state).tokenInPlace(admin.account(), orderId, dnsName);
      }
    };
  }
}
