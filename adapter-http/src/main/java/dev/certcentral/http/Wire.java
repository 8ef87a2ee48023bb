package dev.certcentral.http;

import com.squareup.moshi.Json;
import java.util.List;

/**
 * CertCentral's JSON as Moshi records. Package-private: callers only ever see core's domain. Fields
 * CertCentral may leave out are boxed; unknown fields are ignored.
 */
final class Wire {

  private Wire() {}

  public record UserDto(
      @IdText String id,
      @Json(name = "first_name") String firstName,
      @Json(name = "last_name") String lastName,
      String email) {}

  public record OrganizationDto(@IdText String id, String name) {}

  public record ServerPlatformDto(Integer id) {}

  /**
   * Order info's {@code certificate}: the id exists from the start, serial number, thumbprint, date
   * issued and validity once DigiCert has issued.
   */
  public record CertificateDto(
      @IdText String id,
      @Json(name = "common_name") String commonName,
      @Json(name = "dns_names") List<String> dnsNames,
      @Json(name = "date_created") String dateCreated,
      OrganizationDto organization,
      String csr,
      @Json(name = "signature_hash") String signatureHash,
      @Json(name = "key_size") Integer keySize,
      @Json(name = "server_platform") ServerPlatformDto serverPlatform,
      @Json(name = "serial_number") String serialNumber,
      String thumbprint,
      @Json(name = "date_issued") String dateIssued,
      @Json(name = "valid_from") String validFrom,
      @Json(name = "valid_till") String validTill) {}

  public record DcvTokenDto(String token) {}

  /** One domain of order info's {@code domains}, with its DCV state. */
  public record DomainDto(
      String name,
      String status,
      @Json(name = "date_approved") String dateApproved,
      @Json(name = "dcv_token") DcvTokenDto dcvToken) {}

  public record ProductDto(@Json(name = "name_id") String nameId) {}

  public record OrderDto(
      @IdText String id,
      CertificateDto certificate,
      String status,
      @Json(name = "date_created") String dateCreated,
      OrganizationDto organization,
      @Json(name = "validity_years") Integer validityYears,
      ProductDto product,
      @Json(name = "product_name_id") String productNameId,
      @Json(name = "dcv_method") String dcvMethod,
      List<DomainDto> domains) {}

  public record PageDto(Integer total, Integer limit, Integer offset) {}

  public record OrderListDto(List<OrderDto> orders, PageDto page) {}

  public record RequestDto(
      @IdText String id,
      String date,
      String type,
      String status,
      @Json(name = "date_processed") String dateProcessed,
      UserDto requester,
      UserDto reviewer,
      UserDto processor,
      OrderDto order,
      String comments,
      @Json(name = "processor_comment") String processorComment) {}

  public record RequestListDto(List<RequestDto> requests) {}

  public record OrganizationValidationDto(
      String type,
      String name,
      String description,
      @Json(name = "date_created") String dateCreated,
      @Json(name = "validated_until") String validatedUntil,
      String status) {}

  public record DnsNameValidationDto(
      @Json(name = "domain_id") @IdText String domainId,
      @Json(name = "name_scope") String nameScope,
      @Json(name = "approval_scope") String approvalScope,
      String status,
      String method,
      @Json(name = "dns_names") List<String> dnsNames,
      @Json(name = "approval_expiration_date") String approvalExpirationDate) {}

  public record ValidationDto(
      @Json(name = "order_id") @IdText String orderId,
      @Json(name = "order_status") String orderStatus,
      @Json(name = "organization_id") @IdText String organizationId,
      @Json(name = "organization_name") String organizationName,
      @Json(name = "organization_validations")
          List<OrganizationValidationDto> organizationValidations,
      @Json(name = "dns_name_validations") List<DnsNameValidationDto> dnsNameValidations) {}

  public record RequestSummaryDto(@IdText String id, String status) {}

  /** The answer to placing an order or asking for a reissue. */
  public record SubmittedOrderDto(
      @IdText String id,
      List<RequestSummaryDto> requests,
      @Json(name = "certificate_id") @IdText String certificateId) {}

  public record DcvNameDto(@Json(name = "dns_name") String dnsName, String status) {}

  public record DcvCheckDto(
      @Json(name = "order_status") String orderStatus,
      @Json(name = "certificate_id") @IdText String certificateId,
      @Json(name = "dcv_status") String dcvStatus,
      @Json(name = "dns_name_validations") List<DcvNameDto> dnsNameValidations) {}

  public record ErrorDto(String code, String message) {}

  public record ErrorBodyDto(List<ErrorDto> errors) {}

  public record CancelBody(String status, String note) {}

  public record RevokeBody(String comments, @Json(name = "skip_approval") Boolean skipApproval) {}

  public record DecisionBody(
      String status, @Json(name = "processor_comment") String processorComment) {}

  /** {@code organization} and {@code server_platform} in a request: an object holding an id. */
  public record IdBody(long id) {}

  public record ValidityBody(Integer years, Integer days) {}

  public record CertificateBody(
      @Json(name = "common_name") String commonName,
      @Json(name = "dns_names") List<String> dnsNames,
      String csr,
      @Json(name = "signature_hash") String signatureHash,
      @Json(name = "server_platform") IdBody serverPlatform) {}

  public record NewOrderBody(
      CertificateBody certificate,
      IdBody organization,
      @Json(name = "order_validity") ValidityBody orderValidity,
      String comments,
      @Json(name = "skip_approval") Boolean skipApproval,
      @Json(name = "dcv_method") String dcvMethod) {}

  public record ReissueBody(CertificateBody certificate) {}
}
