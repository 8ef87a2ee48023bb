package dev.certcentral.bench;

import dev.certcentral.core.domain.CertificateFormat;
import dev.certcentral.core.domain.SignatureHash;
import dev.certcentral.core.domain.ValidityPeriod;
import dev.certcentral.fake.internal.ca.CsrCheck;
import dev.certcentral.fake.internal.ca.IssuedLeaf;
import dev.certcentral.fake.internal.ca.LeafTemplate;
import dev.certcentral.fake.internal.ca.TestCertificateAuthority;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issuing one certificate in the fake's test CA, as placing an order will: parse the CSR (PEM),
 * check its signature, key and names, then build and sign the leaf with the EC P-256 intermediate.
 * The CSRs were made once with openssl (EC P-256 and RSA-2048 keys); {@code pem_all} rendering is
 * measured apart, since a download happens later than issuance.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xmx256m"})
public class CaIssueBenchmark {

  private static final List<String> NAMES = List.of("bench.example", "www.bench.example");

  @Param({"ec-p256", "rsa-2048"})
  public String csrKey;

  private String csr;
  private TestCertificateAuthority ca;
  private LeafTemplate template;
  private IssuedLeaf issued;

  @Setup
  public void setUp() throws IOException {
    try (InputStream in = CaIssueBenchmark.class.getResourceAsStream(csrKey + ".csr")) {
      csr = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
    Instant now = Instant.parse("2026-11-24T00:00:00Z");
    ca = TestCertificateAuthority.seeded(1, Clock.systemUTC());
    template =
        new LeafTemplate(
            "bench.example",
            NAMES,
            new ValidityPeriod(now, now.plus(Duration.ofDays(90))),
            SignatureHash.SHA256,
            URI.create("http://127.0.0.1:8080/__fake/crl"));
    issued = issue();
  }

  @Benchmark
  public IssuedLeaf issue() {
    return ca.issue(CsrCheck.check(csr, NAMES), template);
  }

  @Benchmark
  public byte[] renderPemAll() {
    return ca.download(issued.certificate(), CertificateFormat.PEM_ALL).bytes();
  }
}
