package dev.certcentral.fake.internal.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.CertificateDetails;
import dev.certcentral.core.domain.DcvMethod;
import dev.certcentral.core.domain.NewOrder;
import dev.certcentral.core.domain.OrderValidity;
import dev.certcentral.core.domain.SignatureHash;
import dev.certcentral.core.domain.error.CertCentralException;
import dev.certcentral.core.domain.error.ErrorCodes;
import dev.certcentral.fake.internal.http.JsonBody;
import dev.certcentral.fake.internal.http.MoshiJsonMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** DigiCert's order bodies read into core's values, and the fields each refusal names. */
class OrderFormTest {

  private static final MoshiJsonMapper JSON = new MoshiJsonMapper();
  private static final String CERTIFICATE =
      "\"certificate\":{\"common_name\":\"example.com\",\"dns_names\":[\"www.example.com\"],"
          + "\"csr\":\"CSR\",\"signature_hash\":\"sha384\"}";

  @Test
  void aFullBodyIsReadIntoTheOrder() {
    NewOrder order =
        newOrder(
            "{"
                + CERTIFICATE
                + ",\"organization\":{\"id\":112233},\"order_validity\":{\"years\":2},"
                + "\"comments\":\"hi\",\"skip_approval\":true,\"dcv_method\":\"dns-txt-token\"}");

    assertThat(order.productNameId()).isEqualTo("ssl_basic");
    assertThat(order.certificate().commonName()).isEqualTo("example.com");
    assertThat(order.certificate().dnsNames()).containsExactly("www.example.com");
    assertThat(order.certificate().csr()).isEqualTo("CSR");
    assertThat(order.certificate().signatureHash()).isEqualTo(SignatureHash.SHA384);
    assertThat(order.organizationId()).hasValue(112233);
    assertThat(order.validity()).isEqualTo(OrderValidity.ofYears(2));
    assertThat(order.comments()).isEqualTo("hi");
    assertThat(order.skipApproval()).isTrue();
    assertThat(order.dcvMethod()).isEqualTo(DcvMethod.DNS_TXT_TOKEN);
  }

  @Test
  void orderValidityTakesDaysTooAndTheLegacyFieldsStillWork() {
    assertThat(newOrder("{" + CERTIFICATE + ",\"order_validity\":{\"days\":90}}").validity())
        .isEqualTo(new OrderValidity(0, 90));
    assertThat(newOrder("{" + CERTIFICATE + ",\"validity_days\":120}").validity())
        .isEqualTo(OrderValidity.ofDays(120));
    assertThat(newOrder("{" + CERTIFICATE + ",\"validity_years\":3}").validity())
        .isEqualTo(OrderValidity.ofYears(3));
  }

  @Test
  void withoutAnOrganizationTheOrderHasNone() {
    assertThat(newOrder("{" + CERTIFICATE + ",\"validity_years\":1}").organizationId()).isEmpty();
  }

  @Test
  void eachMissingOrWrongFieldIsNamed() {
    assertRefused("{}", ErrorCodes.MISSING_PARAM, "certificate");
    assertRefused(
        "{" + CERTIFICATE + ",\"organization\":{},\"validity_years\":1}",
        ErrorCodes.MISSING_PARAM,
        "organization.id");
    assertRefused(
        "{" + CERTIFICATE + ",\"custom_expiration_date\":\"2027-01-01\"}",
        ErrorCodes.INVALID_PARAM,
        "custom_expiration_date");
    assertRefused(
        "{" + CERTIFICATE + ",\"order_validity\":{\"custom_expiration_date\":\"2027-01-01\"}}",
        ErrorCodes.INVALID_PARAM,
        "custom_expiration_date");
    assertRefused(
        "{" + CERTIFICATE + ",\"order_validity\":{\"years\":1},\"validity_days\":30}",
        ErrorCodes.INVALID_PARAM,
        "validity_days");
  }

  @Test
  void numbersBeyondAnIntAreOutOfRangeAtEitherEnd() {
    assertRefused(
        "{" + CERTIFICATE + ",\"validity_years\":2147483648}",
        ErrorCodes.INVALID_PARAM,
        "validity_years");
    assertRefused(
        "{" + CERTIFICATE + ",\"validity_days\":-2147483649}",
        ErrorCodes.INVALID_PARAM,
        "validity_days");
    assertRefused(
        "{" + CERTIFICATE + ",\"order_validity\":{\"years\":2147483648}}",
        ErrorCodes.INVALID_PARAM,
        "order_validity.years");
    assertRefused(
        "{" + CERTIFICATE + ",\"order_validity\":{\"days\":2147483648}}",
        ErrorCodes.INVALID_PARAM,
        "order_validity.days");
  }

  @Test
  void theServerPlatformIsReadAndDefaultsToOther() {
    assertThat(certificate("{\"csr\":\"CSR\",\"server_platform\":{\"id\":45}}").serverPlatformId())
        .isEqualTo(45);
    assertThat(certificate("{\"csr\":\"CSR\",\"server_platform\":{}}").serverPlatformId())
        .isEqualTo(CertificateDetails.OTHER_SERVER_PLATFORM);
    assertThat(certificate("{\"csr\":\"CSR\"}").serverPlatformId())
        .isEqualTo(CertificateDetails.OTHER_SERVER_PLATFORM);
    assertThat(certificate("{\"csr\":\"CSR\"}").commonName()).isEmpty();
    assertThatThrownBy(
            () -> certificate("{\"csr\":\"CSR\",\"server_platform\":{\"id\":-2147483649}}"))
        .isInstanceOfSatisfying(
            CertCentralException.class,
            e -> assertThat(e.getMessage()).contains("certificate.server_platform.id"));
  }

  @Test
  void theLargestAndSmallestIntsAreInRange() {
    // The boundary itself is an int; core then judges whether it is a sensible validity.
    assertThatThrownBy(() -> newOrder("{" + CERTIFICATE + ",\"validity_years\":2147483647}"))
        .isInstanceOfSatisfying(
            CertCentralException.class,
            e -> assertThat(e.getMessage()).doesNotContain("out of range"));
    assertThat(
            certificate("{\"csr\":\"CSR\",\"server_platform\":{\"id\":-2147483648}}")
                .serverPlatformId())
        .isEqualTo(Integer.MIN_VALUE);
  }

  private static void assertRefused(String body, String code, String field) {
    assertThatThrownBy(() -> newOrder(body))
        .isInstanceOfSatisfying(
            CertCentralException.class,
            e -> {
              assertThat(e.primaryErrorCode()).isEqualTo(code);
              assertThat(e.getMessage()).contains(field);
            });
  }

  private static NewOrder newOrder(String body) {
    return OrderForm.newOrder("ssl_basic", parse(body));
  }

  private static CertificateDetails certificate(String body) {
    return OrderForm.certificate(parse(body));
  }

  private static JsonBody parse(String body) {
    return JsonBody.parse(body.getBytes(StandardCharsets.UTF_8), JSON);
  }
}
