package dev.certcentral.bench;

import dev.certcentral.core.domain.CertificateDetails;
import dev.certcentral.core.domain.CertificateDownload;
import dev.certcentral.core.domain.CertificateFormat;
import dev.certcentral.core.domain.NewOrder;
import dev.certcentral.core.domain.OrderValidity;
import dev.certcentral.core.domain.RequestSummary;
import dev.certcentral.core.domain.SubmittedOrder;
import dev.certcentral.core.port.in.DecideRequestCommand;
import dev.certcentral.core.port.in.DownloadCertificateCommand;
import dev.certcentral.core.port.in.PlaceOrderCommand;
import dev.certcentral.fake.FakeCertCentral;
import dev.certcentral.http.CertCentralClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A certificate's whole life as a user's test drives it: the client over loopback to a fake started
 * in the same JVM, placing an order that waits for approval, approving it, letting DCV pass by the
 * fake's default {@code instant} policy, and downloading the issued chain as {@code pem_all}. The
 * chain is parsed by the client (JDK {@code CertificateFactory}), so the figure includes reading
 * the certificate as a user would.
 *
 * <p>The fake is reset every iteration so its state stays the size a test's would be; sample mode
 * gives the median the target is stated in.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx256m"})
public class WholeLifeBenchmark {

  private static final List<String> NAMES = List.of("bench.example", "www.bench.example");

  private FakeCertCentral fake;
  private CertCentralClient client;
  private String csr;

  /** Starts the fake and the client once; the CSR is the EC P-256 one CaIssueBenchmark signs. */
  @Setup
  public void start() throws IOException {
    try (InputStream in = WholeLifeBenchmark.class.getResourceAsStream("ec-p256.csr")) {
      csr = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
    fake = FakeCertCentral.builder().port(0).rateLimits(false).journalCapacity(16).start();
    client = CertCentralClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey()).build();
  }

  /** Keeps the fake's state the size of one test's. */
  @Setup(Level.Iteration)
  public void reset() {
    fake.reset();
  }

  @TearDown
  public void stop() {
    client.close();
    fake.close();
  }

  /** Place, approve, DCV (instant), issued, download and parse. */
  @Benchmark
  public int wholeLife() {
    NewOrder order =
        NewOrder.builder()
            .productNameId("ssl_basic")
            .certificate(
                CertificateDetails.builder()
                    .commonName(NAMES.get(0))
                    .dnsNames(NAMES)
                    .csr(csr)
                    .signatureHash("sha256")
                    .build())
            .organizationId(1)
            .orderValidity(OrderValidity.ofYears(1))
            .build();
    SubmittedOrder placed = client.placeOrder(new PlaceOrderCommand(order));
    RequestSummary request = placed.requests().get(0);
    client.decideRequest(DecideRequestCommand.approve(request.id(), "bench"));
    CertificateDownload download =
        client.downloadCertificate(
            DownloadCertificateCommand.ofOrder(placed.orderId(), CertificateFormat.PEM_ALL));
    return download.certificates().size();
  }
}
