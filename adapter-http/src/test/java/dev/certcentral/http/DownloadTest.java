package dev.certcentral.http;

import static dev.certcentral.http.Wiring.KEY;
import static dev.certcentral.http.Wiring.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.certcentral.contract.ManualTime;
import dev.certcentral.core.domain.CertificateDownload;
import dev.certcentral.core.domain.CertificateFormat;
import dev.certcentral.core.domain.CertificateId;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.domain.error.InvalidRequestException;
import dev.certcentral.core.domain.error.NotFoundException;
import dev.certcentral.core.domain.error.UnexpectedResponseException;
import dev.certcentral.core.port.in.DownloadCertificateCommand;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Downloads: the bytes and content type as sent, the chain parsed with the JDK in every format of
 * DigiCert's glossary, and anything that is no certificate refused with its status and an excerpt.
 */
class DownloadTest {

  private static final TestChain CHAIN = TestChain.create();

  private final MockWebServer server = NoDelayServerSockets.mockWebServer();
  private final ConformingDispatcher requests = new ConformingDispatcher();
  private CertCentralClient client;

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(requests);
    server.start();
    client = Wiring.client(server, new ManualTime()).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
    requests.assertConforming();
  }

  private void answer(int code, String contentType, byte[] body) {
    server.enqueue(
        new MockResponse.Builder()
            .code(code)
            .setHeader("Content-Type", contentType)
            .body(new Buffer().write(body))
            .build());
  }

  private CertificateDownload download(CertificateFormat format) {
    return client.downloadCertificate(DownloadCertificateCommand.of(new CertificateId(42), format));
  }

  @ParameterizedTest
  @EnumSource(value = CertificateFormat.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
  void everyFormatKeepsItsBytesAndReadsItsChain(CertificateFormat format) throws Exception {
    byte[] sent = CHAIN.in(format);
    answer(200, format.contentType(), sent);

    CertificateDownload download = download(format);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget())
        .isEqualTo("/services/v2/certificate/42/download/format/" + format.value());
    assertThat(request.getHeaders().get("X-DC-DEVKEY")).isEqualTo(KEY);
    assertThat(download.format()).isEqualTo(format);
    assertThat(download.contentType()).isEqualTo(format.contentType());
    assertThat(download.bytes()).isEqualTo(sent);
    List<X509Certificate> expected = new ArrayList<>(List.of(CHAIN.leaf));
    if (format.includesIntermediate()) {
      expected.add(CHAIN.intermediate);
    }
    if (format.includesRoot()) {
      expected.add(CHAIN.root);
    }
    assertThat(download.certificates()).containsExactlyElementsOf(expected);
  }

  @Test
  void anOrdersCurrentCertificateDownloadsByTheOrderId() throws Exception {
    answer(200, "application/x-pem-file", CHAIN.in(CertificateFormat.PEM_NOROOT));

    CertificateDownload download =
        client.downloadCertificate(
            DownloadCertificateCommand.ofOrder(new OrderId(77), CertificateFormat.PEM_NOROOT));

    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/services/v2/certificate/download/order/77/format/pem_noroot");
    assertThat(download.certificates()).containsExactly(CHAIN.leaf, CHAIN.intermediate);
  }

  @Test
  void aBinaryPkcs7AndAMissingContentTypeAreKeptAsSent() {
    // The glossary says every returned certificate is PEM-encoded; a DER bundle reads as well.
    byte[] der = TestChain.pkcs7(CHAIN.leaf, CHAIN.intermediate, CHAIN.root);
    server.enqueue(new MockResponse.Builder().code(200).body(new Buffer().write(der)).build());

    CertificateDownload download = download(CertificateFormat.P7B);

    assertThat(download.bytes()).isEqualTo(der);
    assertThat(download.contentType()).isEmpty();
    assertThat(download.certificates()).containsExactly(CHAIN.leaf, CHAIN.intermediate, CHAIN.root);
  }

  @Test
  void anHtmlPageWithA200IsAnUnexpectedResponseWithItsStatusAndExcerpt() {
    answer(
        200,
        "text/html",
        "<html><body>Please log in</body></html>".getBytes(StandardCharsets.UTF_8));

    CertCentralException e = failureOf(() -> download(CertificateFormat.PEM_ALL));

    assertThat(e).isInstanceOf(UnexpectedResponseException.class);
    assertThat(e.httpStatus()).hasValue(200);
    assertThat(((UnexpectedResponseException) e).bodyExcerpt()).contains("Please log in");
    assertThat(e.getMessage())
        .contains("GET /certificate/42/download/format/pem_all")
        .contains("no readable certificate");
  }

  @Test
  void aTruncatedPemAnEmptyBodyAndABrokenZipAreRefused() {
    byte[] whole = CHAIN.in(CertificateFormat.PEM_ALL);
    byte[] zip = CHAIN.in(CertificateFormat.DEFAULT);
    List<byte[]> broken =
        List.of(
            Arrays.copyOf(whole, whole.length / 3),
            new byte[0],
            Arrays.copyOf(zip, zip.length / 2),
            "{\"certificate\": \"x\"}".getBytes(StandardCharsets.UTF_8));
    for (byte[] body : broken) {
      answer(200, "application/x-pem-file", body);

      CertCentralException e = failureOf(() -> download(CertificateFormat.PEM_ALL));

      assertThat(e).isInstanceOf(UnexpectedResponseException.class);
      assertThat(e.httpStatus()).hasValue(200);
    }
  }

  @Test
  void theKeyIsRedactedFromTheExcerptAndEveryMessageOfTheChain() {
    answer(
        200,
        "text/plain",
        ("-----BEGIN CERTIFICATE-----\n" + KEY + "\n-----END CERTIFICATE-----\n")
            .getBytes(StandardCharsets.US_ASCII));

    CertCentralException e = failureOf(() -> download(CertificateFormat.PEM_ALL));

    assertThat(((UnexpectedResponseException) e).bodyExcerpt())
        .doesNotContain(KEY)
        .contains("<redacted>");
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain(KEY);
      assertThat(t.toString()).doesNotContain(KEY);
    }
  }

  @Test
  void aDownloadIsRefusedWithoutBufferingItPastTheBound() {
    Buffer huge = new Buffer();
    byte[] pem = CHAIN.in(CertificateFormat.PEM_ALL);
    while (huge.size() <= CallExecutor.MAX_BODY_BYTES) {
      huge.write(pem);
    }
    server.enqueue(new MockResponse.Builder().code(200).body(huge).build());

    CertCentralException e = failureOf(() -> download(CertificateFormat.PEM_ALL));

    assertThat(e).isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("larger");
  }

  @Test
  void aMissingCertificateIsNotFoundAndAnUnknownFormatIsNeverAskedFor() {
    answer(
        404,
        "application/json",
        "{\"errors\": [{\"code\": \"not_found\", \"message\": \"m\"}]}"
            .getBytes(StandardCharsets.UTF_8));

    CertCentralException missing = failureOf(() -> download(CertificateFormat.CER));
    CertCentralException unknown =
        failureOf(
            () ->
                client
                    .certCentral()
                    .downloadCertificate(new CertificateId(42), CertificateFormat.UNKNOWN));

    assertThat(missing).isInstanceOf(NotFoundException.class);
    assertThat(unknown).isInstanceOf(InvalidRequestException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aDownloadIsReadAgainAfterATransientFailure() {
    answer(502, "text/html", "<html>bad gateway</html>".getBytes(StandardCharsets.UTF_8));
    answer(200, "application/zip", CHAIN.in(CertificateFormat.APACHE));

    CertificateDownload download = download(CertificateFormat.APACHE);

    assertThat(download.certificates()).containsExactly(CHAIN.leaf, CHAIN.intermediate);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }
}
