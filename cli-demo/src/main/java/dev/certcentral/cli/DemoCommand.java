package dev.certcentral.cli;

import dev.certcentral.core.domain.CertificateDetails;
import dev.certcentral.core.domain.CertificateFormat;
import dev.certcentral.core.domain.CertificateId;
import dev.certcentral.core.domain.NewOrder;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderValidation;
import dev.certcentral.core.domain.OrderValidity;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.RevokeOutcome;
import dev.certcentral.core.domain.SubmittedOrder;
import dev.certcentral.core.domain.error.RuleViolationException;
import dev.certcentral.core.port.in.AwaitIssuanceCommand;
import dev.certcentral.core.port.in.CancelOrderCommand;
import dev.certcentral.core.port.in.DecideRequestCommand;
import dev.certcentral.core.port.in.DownloadCertificateCommand;
import dev.certcentral.core.port.in.PlaceOrderCommand;
import dev.certcentral.core.port.in.ReissueOrderCommand;
import dev.certcentral.core.port.in.RevokeOrderCertificatesCommand;
import dev.certcentral.http.CertCentralClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.security.auth.x500.X500Principal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code certcentral demo}: a certificate's whole life, step by step, against an embedded fake, so
 * a newcomer sees every rule at work without an account: place, approve, DCV, issuance, download
 * and chain check, a refused cancel, reissue, revoke and the CRL. It never touches a real
 * CertCentral.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Walk through a certificate's whole life against an embedded fake CertCentral.")
final class DemoCommand implements Callable<Integer> {

  private static final String NAME = "shop.example.com";
  private static final List<String> OTHER_NAMES = List.of("www.shop.example.com");

  /** The fake's default organization (any positive id would do for the fake). */
  private static final long ORGANIZATION = 112233;

  /** Issuance is instant on the embedded fake; this only bounds a fake that misbehaves. */
  private static final Duration WAIT = Duration.ofSeconds(30);

  @ParentCommand CertCentralCli root;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Session session = Session.embedded(root.options(), spec.commandLine().getErr())) {
      X509Certificate root = session.embedded().orElseThrow().caRoot();
      return walk(session.client(), root, out, new Printer(out, GlobalOptions.Format.table));
    } catch (IOException | GeneralSecurityException e) {
      out.println("failed: " + e);
      out.flush();
      return ExitCodes.FAILURE;
    }
  }

  private static int walk(
      CertCentralClient client, X509Certificate root, PrintWriter out, Printer printer)
      throws IOException, GeneralSecurityException {
    step(
        out,
        1,
        "Place an order for " + NAME + " and " + OTHER_NAMES + " (a new EC key, in memory)");
    SubmittedOrder placed = client.placeOrder(new PlaceOrderCommand(newOrder()));
    OrderId id = placed.orderId();
    RequestId newRequest = placed.requests().get(0).id();
    out.println(
        "order "
            + id
            + " is "
            + client.getOrder(id).rawStatus()
            + "; request "
            + newRequest
            + " is "
            + placed.requests().get(0).rawStatus());

    step(out, 2, "An administrator approves request " + newRequest + ": DCV opens for each name");
    client.decideRequest(DecideRequestCommand.approve(newRequest, "Ours."));
    out.println("domain validation: " + domains(client.getValidationStatus(id)));
    out.println("(the embedded fake's DCV policy is instant: every name passes at once)");

    step(out, 3, "Wait until order " + id + " is issued");
    Order issued = client.awaitIssuance(AwaitIssuanceCommand.of(id, WAIT));
    CertificateId first = issued.certificate().orElseThrow().id();
    out.println("order " + id + " is " + issued.rawStatus() + " with certificate " + first);

    step(out, 4, "Download certificate " + first + " as pem_all and check its chain");
    List<X509Certificate> chain = download(client, first);
    printer.certificate(chain.get(0));
    // The trust anchor comes from the fake's control API, not from the download, so a chain that
    // ended in some other self-signed root would fail here.
    X509Certificate trusted = root;
    ChainVerification.verify(chain, trusted, new Date());
    out.println(
        "chain of "
            + chain.size()
            + " verified by the JDK's PKIX to root \""
            + commonName(trusted.getSubjectX500Principal())
            + "\"");
    out.println("  (the trust anchor is the fake's own test root, from FakeControl.caRoot())");

    step(out, 5, "Try to cancel issued order " + id + " (refused: only pending or waiting_pickup)");
    try {
      client.cancelOrder(new CancelOrderCommand(id, "Changed our mind."));
      out.println("unexpected: the cancel went through");
      return ExitCodes.FAILURE;
    } catch (RuleViolationException refused) {
      out.println("refused as expected [" + refused.primaryErrorCode() + "]");
    }

    step(out, 6, "Reissue with a new key; an administrator approves the reissue request");
    SubmittedOrder reissue =
        client.reissueOrder(
            new ReissueOrderCommand(
                id,
                CertificateDetails.builder()
                    .csr(GeneratedKey.forCommonName(NAME).csrPem())
                    .build()));
    RequestId reissueRequest = reissue.requests().get(0).id();
    out.println("order " + id + " is " + client.getOrder(id).rawStatus());
    client.decideRequest(DecideRequestCommand.approve(reissueRequest, "New key."));
    CertificateId second =
        client
            .awaitIssuance(AwaitIssuanceCommand.afterReissue(id, first, WAIT))
            .certificate()
            .orElseThrow()
            .id();
    X509Certificate reissued = download(client, second).get(0);
    out.println(
        "certificate "
            + second
            + " (serial "
            + serial(reissued)
            + ") replaces "
            + first
            + ", which stays downloadable");

    step(out, 7, "Revoke the certificates of order " + id + ": this only creates a request");
    Request revoke =
        ((RevokeOutcome.RequestCreated)
                client.revokeOrderCertificates(
                    RevokeOrderCertificatesCommand.withApproval(id, "Key compromised.")))
            .request();
    out.println(
        "request "
            + revoke.id()
            + " is "
            + revoke.rawStatus()
            + "; order "
            + id
            + " is still "
            + client.getOrder(id).rawStatus());

    step(out, 8, "An administrator approves request " + revoke.id());
    client.decideRequest(DecideRequestCommand.approve(revoke.id(), "Confirmed with the owner."));
    out.println("order " + id + " is " + client.getOrder(id).rawStatus());

    step(out, 9, "Fetch the CRL its certificates name and look for both serials");
    URI crlUrl = RevocationList.distributionPoints(reissued).get(0);
    X509CRL crl = RevocationList.fetch(crlUrl, chain.get(1));
    out.println(
        crlUrl
            + " (signed by the intermediate, "
            + crl.getRevokedCertificates().size()
            + " revoked):");
    for (X509Certificate certificate : List.of(chain.get(0), reissued)) {
      out.println(
          "  serial "
              + serial(certificate)
              + (crl.isRevoked(certificate) ? " revoked" : " NOT listed"));
      if (!crl.isRevoked(certificate)) {
        return ExitCodes.FAILURE;
      }
    }

    out.println();
    out.println("Done. Run 'certcentral --help' to drive the same steps yourself.");
    out.flush();
    return ExitCodes.OK;
  }

  private static NewOrder newOrder() {
    return NewOrder.builder()
        .productNameId("ssl_basic")
        .certificate(
            CertificateDetails.builder()
                .commonName(NAME)
                .dnsNames(OTHER_NAMES)
                .csr(GeneratedKey.forCommonName(NAME).csrPem())
                .build())
        .organizationId(ORGANIZATION)
        .orderValidity(OrderValidity.ofYears(1))
        .build();
  }

  private static List<X509Certificate> download(CertCentralClient client, CertificateId id) {
    return client
        .downloadCertificate(DownloadCertificateCommand.of(id, CertificateFormat.PEM_ALL))
        .certificates();
  }

  private static String domains(OrderValidation validation) {
    return validation.dnsNameValidations().stream()
        .map(dns -> dns.nameScope() + " " + dns.status())
        .collect(Collectors.joining(", "));
  }

  /** The CN of a name, or the whole name when it has none. */
  private static String commonName(X500Principal name) {
    try {
      return new LdapName(name.getName())
          .getRdns().stream()
              .filter(rdn -> rdn.getType().equalsIgnoreCase("CN"))
              .map(rdn -> String.valueOf(rdn.getValue()))
              .findFirst()
              .orElse(name.getName());
    } catch (InvalidNameException e) {
      return name.getName();
    }
  }

  private static String serial(X509Certificate certificate) {
    return certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT);
  }

  private static void step(PrintWriter out, int number, String title) {
    out.println();
    out.println("== " + number + ". " + title);
  }
}
