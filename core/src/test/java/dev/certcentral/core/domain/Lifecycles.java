package dev.certcentral.core.domain;

import static dev.certcentral.core.domain.Fixtures.CLOCK;
import static dev.certcentral.core.domain.Fixtures.CSR;
import static dev.certcentral.core.domain.Fixtures.REQUESTER;
import static dev.certcentral.core.domain.Fixtures.TOKEN;

import java.util.List;

/** Orders walked through the rules to a given point of their life, for the rule tests. */
final class Lifecycles {

  private Lifecycles() {}

  /** Placed with skip_approval and every name through DCV: ready to issue. */
  static Order validated() {
    Order approved = Fixtures.placed(Fixtures.newOrder().skipApproval(true).build()).order();
    return approved.checkDcv(control -> true, List.of(), CLOCK);
  }

  /** Issued with certificate 1. */
  static Order issued() {
    Order validated = validated();
    return validated.issue(Fixtures.certificate(1, validated.namesToIssue()), List.of());
  }

  /** A reissue of {@code issued} with a new CSR and these other names. */
  static OrderReissue reissue(Order issued, List<String> dnsNames) {
    return issued.requestReissue(
        new RequestId(200),
        CertificateDetails.builder().csr(CSR + "2").dnsNames(dnsNames).build(),
        REQUESTER,
        TOKEN,
        List.of(),
        CLOCK);
  }
}
