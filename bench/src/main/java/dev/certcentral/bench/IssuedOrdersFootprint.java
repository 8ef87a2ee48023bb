package dev.certcentral.bench;

import dev.certcentral.core.domain.CertificateDetails;
import dev.certcentral.core.domain.CertificateFormat;
import dev.certcentral.core.domain.NewOrder;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.OrderStatus;
import dev.certcentral.core.domain.OrderValidity;
import dev.certcentral.core.domain.SubmittedOrder;
import dev.certcentral.core.port.in.DownloadCertificateCommand;
import dev.certcentral.core.port.in.PlaceOrderCommand;
import dev.certcentral.fake.FakeCertCentral;
import dev.certcentral.http.CertCentralClient;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * How much heap a fake holding many issued orders needs: places {@code count} orders through the
 * API with {@code skip_approval} (the default DCV policy passes them at once), so each is issued
 * with a certificate signed by the fake's CA, downloads a sample to prove they are, then reports
 * the heap in use after a full collection. Run it with the heap cap under test, e.g. {@code java
 * -Xmx512m -XX:+UseSerialGC -cp bench/target/benchmarks.jar
 * dev.certcentral.bench.IssuedOrdersFootprint 100000}; it fails if the orders do not fit.
 */
public final class IssuedOrdersFootprint {

  private static final List<String> NAMES = List.of("bench.example", "www.bench.example");

  private IssuedOrdersFootprint() {}

  /**
   * Places the orders and prints the figures.
   *
   * @param args the number of orders, 100 000 unless given
   */
  public static void main(String[] args) throws IOException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    String csr;
    try (InputStream in = IssuedOrdersFootprint.class.getResourceAsStream("ec-p256.csr")) {
      csr = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
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
            .skipApproval(true)
            .build();
    long started = System.nanoTime();
    try (FakeCertCentral fake =
            FakeCertCentral.builder().port(0).rateLimits(false).journalCapacity(16).start();
        CertCentralClient client =
            CertCentralClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey()).build()) {
      OrderId last = null;
      for (int i = 0; i < count; i++) {
        SubmittedOrder placed = client.placeOrder(new PlaceOrderCommand(order));
        last = placed.orderId();
      }
      if (last == null || client.getOrder(last).status() != OrderStatus.ISSUED) {
        throw new IllegalStateException("the last order placed was not issued");
      }
      int chain =
          client
              .downloadCertificate(
                  DownloadCertificateCommand.ofOrder(last, CertificateFormat.PEM_ALL))
              .certificates()
              .size();
      long seconds = (System.nanoTime() - started) / 1_000_000_000L;
      System.gc();
      System.gc();
      long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      long max = Runtime.getRuntime().maxMemory();
      System.out.printf(
          "issued orders: %d (each with a signed certificate; last chain %d certificates)%n"
              + "placed in: %d s%n"
              + "heap in use after full GC: %d MB of max %d MB%n",
          count, chain, seconds, used >> 20, max >> 20);
    }
  }
}
