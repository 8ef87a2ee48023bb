package dev.certcentral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.fake.FakeCertCentral;
import dev.certcentral.fake.Fault;
import dev.certcentral.fake.HttpMethod;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands of a certificate's life (place, check DCV, await, download, reissue) against a fake
 * started here on a free port, so one command sees what the one before it did.
 */
class CertificateLifeCommandsTest {

  private static final String ORGANIZATION = "112233";

  private FakeCertCentral fake;

  @TempDir Path dir;

  @BeforeEach
  void start() {
    fake = FakeCertCentral.start();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private Run run(String... args) {
    return Run.of(
        Map.of("DIGICERT_API_KEY", fake.apiKey(), "DIGICERT_BASE_URL", fake.baseUrl()), args);
  }

  private Run place(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "orders",
                "place",
                "--common-name",
                "shop.example.com",
                "--dns-name",
                "www.shop.example.com",
                "--organization-id",
                ORGANIZATION,
                "-o",
                "json"));
    args.addAll(List.of(extra));
    return run(args.toArray(String[]::new));
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }

  private static Map<?, ?> firstRequest(Run placed) {
    return (Map<?, ?>) ((List<?>) placed.json().get("requests")).get(0);
  }

  /** Places an order with a new key, approves it, and returns its id once it is issued. */
  private String issuedOrder() {
    Run placed = place("--generate-key", dir.resolve("issued.key").toString());
    assertThat(placed.exitCode()).as(placed.err()).isZero();
    String request = String.valueOf(number(firstRequest(placed).get("id")));
    assertThat(run("requests", "approve", request).exitCode()).isZero();
    String order = String.valueOf(number(placed.json().get("order_id")));
    Run awaited = run("orders", "await", order, "--timeout", "30s", "-o", "json");
    assertThat(awaited.exitCode()).as(awaited.err()).isZero();
    return order;
  }

  @Test
  void placeWithAGeneratedKeyWritesTheKeyOwnerOnlyAndNeverPrintsIt() throws Exception {
    Path keyFile = dir.resolve("shop.key");

    Run placed = place("--generate-key", keyFile.toString());

    assertThat(placed.exitCode()).as(placed.err()).isZero();
    OrderId id = new OrderId(number(placed.json().get("order_id")));
    assertThat(fake.state().orderStatus(id)).contains(OrderStatus.NEEDS_APPROVAL);
    assertThat(firstRequest(placed).get("status")).isEqualTo("pending");
    String key = Files.readString(keyFile, StandardCharsets.US_ASCII);
    assertThat(key).startsWith("-----BEGIN PRIVATE KEY-----\n");
    assertThat(Files.getPosixFilePermissions(keyFile))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    String keyBody = key.lines().skip(1).findFirst().orElseThrow();
    assertThat(placed.out()).doesNotContain(keyBody).doesNotContain("PRIVATE KEY");
    assertThat(placed.err()).doesNotContain(keyBody).contains(keyFile.toString());
  }

  @Test
  void placeWithACsrFileAndSkipApprovalIsIssuedAtOnceUnderTheInstantDcvPolicy() throws Exception {
    Path csr = dir.resolve("shop.csr");
    Files.writeString(csr, GeneratedKey.forCommonName("shop.example.com").csrPem());

    Run placed = place("--csr", csr.toString(), "--skip-approval");

    assertThat(placed.exitCode()).as(placed.err()).isZero();
    assertThat(firstRequest(placed).get("status")).isEqualTo("approved");
    assertThat(placed.json()).containsKey("certificate_id");
    assertThat(fake.state().orderStatus(new OrderId(number(placed.json().get("order_id")))))
        .contains(OrderStatus.ISSUED);
  }

  @Test
  void checkDcvPassesAPendingOrdersNamesAndIssuesIt() {
    OrderId pending = fake.givenOrder(OrderStatus.PENDING);

    Run checked = run("orders", "check-dcv", pending.toString(), "-o", "json");

    assertThat(checked.exitCode()).as(checked.err()).isZero();
    assertThat(checked.json())
        .containsEntry("dcv_status", "valid")
        .containsEntry("order_status", "issued")
        .containsKey("certificate_id");
    assertThat(fake.state().orderStatus(pending)).contains(OrderStatus.ISSUED);
  }

  @Test
  void checkDcvOfAnIssuedOrderReportsItIssued() {
    OrderId issued = fake.givenOrder(OrderStatus.ISSUED);

    Run checked = run("orders", "check-dcv", issued.toString());

    // The fake answers as the check that completed DCV did (openapi: checkDcv's x-fake-decision).
    assertThat(checked.exitCode()).isZero();
    assertThat(checked.out()).contains("issued").contains("certificate id:").contains("approved");
  }

  @Test
  void checkDcvBeforeApprovalIsARuleViolation() {
    OrderId waiting = fake.givenOrder(OrderStatus.NEEDS_APPROVAL);

    Run checked = run("orders", "check-dcv", waiting.toString());

    assertThat(checked.exitCode()).isEqualTo(ExitCodes.RULE_VIOLATION);
    assertThat(checked.out()).isEmpty();
  }

  @Test
  void aKeyFileThatExistsIsNeverOverwrittenAndNothingIsPlaced() throws Exception {
    Path keyFile = dir.resolve("existing.key");
    Files.writeString(keyFile, "keep me");

    Run placed = place("--generate-key", keyFile.toString());

    assertThat(placed.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(placed.err()).contains("never overwrites");
    assertThat(Files.readString(keyFile)).isEqualTo("keep me");
    assertThat(fake.state().orderCount()).isZero();
  }

  @Test
  void placeNeedsExactlyOneCsrSource() throws Exception {
    Path csr = dir.resolve("shop.csr");
    Files.writeString(csr, GeneratedKey.forCommonName("shop.example.com").csrPem());

    Run both = place("--csr", csr.toString(), "--generate-key", dir.resolve("k").toString());
    Run neither = place();

    assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(neither.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(neither.err()).contains("--csr FILE or --generate-key");
    assertThat(fake.state().orderCount()).isZero();
  }

  @Test
  void aCsrForAnotherNameIsAnInvalidRequest() throws Exception {
    Path csr = dir.resolve("other.csr");
    Files.writeString(csr, GeneratedKey.forCommonName("other.example.org").csrPem());

    Run placed = place("--csr", csr.toString());

    assertThat(placed.exitCode()).isEqualTo(ExitCodes.INVALID_REQUEST);
    assertThat(placed.err()).contains("[csr_invalid_");
    assertThat(fake.state().orderCount()).isZero();
  }

  @Test
  void awaitTimesOutWhileNobodyApproves() {
    Run placed = place("--generate-key", dir.resolve("waiting.key").toString());
    String order = String.valueOf(number(placed.json().get("order_id")));

    Run awaited = run("orders", "await", order, "--timeout", "1s");

    assertThat(awaited.exitCode()).isEqualTo(ExitCodes.TIMEOUT);
    assertThat(awaited.err()).contains(order);
  }

  @Test
  void downloadSavesTheBytesAndShowsTheChain() throws Exception {
    String order = issuedOrder();
    Path saved = dir.resolve("shop.pem");

    Run download =
        run(
            "certificates",
            "download",
            "--order",
            order,
            "--format",
            "pem_all",
            "--out",
            "" + saved);

    assertThat(download.exitCode()).as(download.err()).isZero();
    List<X509Certificate> chain = new ArrayList<>();
    for (var certificate :
        CertificateFactory.getInstance("X.509")
            .generateCertificates(new ByteArrayInputStream(Files.readAllBytes(saved)))) {
      chain.add((X509Certificate) certificate);
    }
    assertThat(chain).hasSize(3);
    assertThat(download.out())
        .contains("content type:")
        .contains("application/x-pem-file")
        .contains("CN=shop.example.com")
        .contains("www.shop.example.com")
        .contains("NOT TRUSTED")
        .contains(chain.get(0).getSerialNumber().toString(16).toUpperCase(java.util.Locale.ROOT));
    ChainVerification.verify(chain, chain.get(2), new java.util.Date());
  }

  @Test
  void downloadByCertificateIdInAZipFormat() throws Exception {
    String order = issuedOrder();
    Object certificateId = run("orders", "show", order, "-o", "json").json().get("certificate_id");
    Path saved = dir.resolve("shop.zip");

    Run download =
        run(
            "certificates",
            "download",
            String.valueOf(number(certificateId)),
            "--format",
            "apache",
            "--out",
            saved.toString(),
            "-o",
            "json");

    assertThat(download.exitCode()).as(download.err()).isZero();
    assertThat(download.json()).containsEntry("bytes", (double) Files.size(saved));
    assertThat((String) download.json().get("content_type")).startsWith("application/zip");
    assertThat((List<?>) download.json().get("certificates")).hasSize(2);
  }

  @Test
  void downloadRefusesUnknownFormatsAndAMissingTarget() {
    Path out = dir.resolve("x");

    Run unknownFormat =
        run("certificates", "download", "1", "--format", "pfx", "--out", out.toString());
    Run noTarget = run("certificates", "download", "--out", out.toString());

    assertThat(unknownFormat.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(unknownFormat.err()).contains("pem_all").contains("p7b");
    assertThat(noTarget.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void reissueWithANewKeyOpensAReissueRequest() {
    String order = issuedOrder();

    Run reissued =
        run(
            "orders",
            "reissue",
            order,
            "--generate-key",
            dir.resolve("reissued.key").toString(),
            "-o",
            "json");

    assertThat(reissued.exitCode()).as(reissued.err()).isZero();
    assertThat(firstRequest(reissued).get("status")).isEqualTo("pending");
    assertThat(fake.state().orderStatus(new OrderId(Long.parseLong(order))))
        .contains(OrderStatus.REISSUE_PENDING);
    assertThat(Files.exists(dir.resolve("reissued.key"))).isTrue();
  }

  @Test
  void aResentWriteThatFailsHasItsOwnExitCode() {
    OrderId issued = fake.givenOrder(OrderStatus.ISSUED);
    // The revoke is applied, then its answer is a 503: the client sends it again, which is
    // refused because the first attempt's request now exists.
    fake.inject(
        Fault.status(503).on(HttpMethod.PUT, "/order/certificate").afterHandling().times(1));

    Run revoke = run("orders", "revoke", issued.toString(), "--comments", "compromised");

    assertThat(revoke.exitCode()).isEqualTo(ExitCodes.OUTCOME_UNKNOWN);
    assertThat(revoke.err()).startsWith("error");
  }
}
