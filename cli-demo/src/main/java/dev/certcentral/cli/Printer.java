package dev.certcentral.cli;

import com.squareup.moshi.Moshi;
import dev.certcentral.core.domain.CertificateDownload;
import dev.certcentral.core.domain.DcvCheck;
import dev.certcentral.core.domain.DnsNameValidation;
import dev.certcentral.core.domain.Order;
import dev.certcentral.core.domain.OrderPage;
import dev.certcentral.core.domain.OrderValidation;
import dev.certcentral.core.domain.OrganizationValidation;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestSummary;
import dev.certcentral.core.domain.SubmittedOrder;
import dev.certcentral.core.domain.User;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;

/** Prints domain values as aligned text for people or as JSON for scripts. */
final class Printer {

  /** {@code dNSName} in {@code GeneralName} (RFC 5280), as the JDK numbers it. */
  private static final int DNS_NAME = 2;

  private static final Moshi MOSHI = new Moshi.Builder().build();

  private final PrintWriter out;
  private final GlobalOptions.Format format;

  Printer(PrintWriter out, GlobalOptions.Format format) {
    this.out = out;
    this.format = format;
  }

  void order(Order order) {
    emit(orderView(order), () -> fields(orderView(order)));
  }

  void orders(OrderPage page) {
    Map<String, Object> json = new LinkedHashMap<>();
    List<Object> orders = new ArrayList<>();
    page.orders().forEach(order -> orders.add(orderView(order)));
    json.put("orders", orders);
    json.put("page", Map.of("total", page.total(), "limit", page.limit(), "offset", page.offset()));
    emit(
        json,
        () -> {
          List<List<String>> rows = new ArrayList<>();
          rows.add(List.of("ID", "STATUS", "COMMON NAME", "PRODUCT"));
          for (Order order : page.orders()) {
            rows.add(
                List.of(
                    order.id().toString(),
                    order.rawStatus(),
                    order.commonName(),
                    order.productNameId()));
          }
          table(rows);
          out.println(
              page.orders().size()
                  + " of "
                  + page.total()
                  + " orders (offset "
                  + page.offset()
                  + ")");
        });
  }

  void validation(OrderValidation validation) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("order_id", validation.orderId().value());
    json.put("order_status", validation.orderStatus().value());
    json.put("organization_id", validation.organizationId());
    json.put("organization_name", validation.organizationName());
    List<Object> organizations = new ArrayList<>();
    for (OrganizationValidation org : validation.organizationValidations()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("type", org.type());
      entry.put("name", org.name());
      entry.put("status", org.status());
      org.validatedUntil().ifPresent(t -> entry.put("validated_until", t.toString()));
      organizations.add(entry);
    }
    json.put("organization_validations", organizations);
    List<Object> names = new ArrayList<>();
    for (DnsNameValidation dns : validation.dnsNameValidations()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("name_scope", dns.nameScope());
      entry.put("status", dns.status());
      entry.put("method", dns.method());
      entry.put("dns_names", dns.dnsNames());
      names.add(entry);
    }
    json.put("dns_name_validations", names);
    emit(
        json,
        () -> {
          Map<String, Object> head = new LinkedHashMap<>();
          head.put("order", validation.orderId() + " (" + validation.orderStatus().value() + ")");
          head.put(
              "organization",
              validation.organizationName() + " (" + validation.organizationId() + ")");
          fields(head);
          List<List<String>> rows = new ArrayList<>();
          rows.add(List.of("VALIDATION", "SCOPE", "STATUS", "DETAIL"));
          for (OrganizationValidation org : validation.organizationValidations()) {
            rows.add(List.of("organization", org.type(), org.status(), org.description()));
          }
          for (DnsNameValidation dns : validation.dnsNameValidations()) {
            rows.add(List.of("domain", dns.nameScope(), dns.status(), dns.method()));
          }
          table(rows);
        });
  }

  void request(Request request) {
    emit(requestView(request), () -> fields(requestView(request)));
  }

  void requests(List<Request> requests) {
    List<Object> json = new ArrayList<>();
    requests.forEach(request -> json.add(requestView(request)));
    emit(
        Map.of("requests", json),
        () -> {
          List<List<String>> rows = new ArrayList<>();
          rows.add(List.of("ID", "TYPE", "STATUS", "ORDER", "DATE"));
          for (Request request : requests) {
            rows.add(
                List.of(
                    request.id().toString(),
                    request.rawType(),
                    request.rawStatus(),
                    request.orderId().map(Object::toString).orElse("-"),
                    request.date().toString()));
          }
          table(rows);
        });
  }

  void submitted(SubmittedOrder submitted) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("order_id", submitted.orderId().value());
    List<Object> requests = new ArrayList<>();
    for (RequestSummary request : submitted.requests()) {
      requests.add(Map.of("id", request.id().value(), "status", request.rawStatus()));
    }
    json.put("requests", requests);
    submitted.certificateId().ifPresent(id -> json.put("certificate_id", id.value()));
    Map<String, Object> text = new LinkedHashMap<>();
    text.put("order_id", submitted.orderId().value());
    text.put(
        "requests",
        submitted.requests().stream().map(r -> r.id() + " (" + r.rawStatus() + ")").toList());
    submitted.certificateId().ifPresent(id -> text.put("certificate_id", id.value()));
    emit(json, () -> fields(text));
  }

  void dcvCheck(DcvCheck check) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("order_status", check.rawOrderStatus());
    check.certificateId().ifPresent(id -> json.put("certificate_id", id.value()));
    json.put("dcv_status", check.dcvStatus());
    List<Object> names = new ArrayList<>();
    for (DcvCheck.NameStatus name : check.dnsNameValidations()) {
      names.add(Map.of("dns_name", name.dnsName(), "status", name.rawStatus()));
    }
    json.put("dns_name_validations", names);
    emit(
        json,
        () -> {
          Map<String, Object> head = new LinkedHashMap<>(json);
          head.remove("dns_name_validations");
          fields(head);
          List<List<String>> rows = new ArrayList<>();
          rows.add(List.of("DNS NAME", "STATUS"));
          check.dnsNameValidations().forEach(n -> rows.add(List.of(n.dnsName(), n.rawStatus())));
          table(rows);
        });
  }

  /** What was saved where, and the certificates inside (those of a zip too). */
  void download(CertificateDownload download, Path file) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("file", file.toString());
    json.put("format", download.format().value());
    json.put("content_type", download.contentType());
    json.put("bytes", download.size());
    List<Object> certificates = new ArrayList<>();
    download.certificates().forEach(c -> certificates.add(certificateView(c)));
    json.put("certificates", certificates);
    emit(
        json,
        () -> {
          Map<String, Object> head = new LinkedHashMap<>(json);
          head.remove("certificates");
          fields(head);
          for (X509Certificate certificate : download.certificates()) {
            out.println();
            fields(certificateView(certificate));
          }
        });
  }

  void certificate(X509Certificate certificate) {
    emit(certificateView(certificate), () -> fields(certificateView(certificate)));
  }

  /** A one-line result, or {@code {"result": ...}} with the given fields in JSON. */
  void done(String text, Map<String, Object> json) {
    emit(json, () -> out.println(text));
  }

  private static Map<String, Object> orderView(Order order) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", order.id().value());
    view.put("status", order.rawStatus());
    view.put("common_name", order.commonName());
    view.put("dns_names", order.dnsNames());
    order.organization().ifPresent(org -> view.put("organization", org.name()));
    view.put("product_name_id", order.productNameId());
    view.put("validity_years", order.validityYears());
    order.dateCreated().ifPresent(date -> view.put("date_created", date.toString()));
    order
        .certificate()
        .ifPresent(
            certificate -> {
              view.put("certificate_id", certificate.id().value());
              view.put("serial_number", certificate.serialNumber());
              view.put("valid_till", certificate.validTill().toString());
            });
    return view;
  }

  /** What {@code openssl x509 -text} would show first: names, issuer, serial, expiry. */
  static Map<String, Object> certificateView(X509Certificate certificate) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("subject", certificate.getSubjectX500Principal().getName(X500Principal.RFC2253));
    List<String> names = dnsNames(certificate);
    if (!names.isEmpty()) {
      view.put("dns_names", names);
    }
    view.put("issuer", certificate.getIssuerX500Principal().getName(X500Principal.RFC2253));
    view.put("serial_number", certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT));
    view.put("not_after", certificate.getNotAfter().toInstant().toString());
    return view;
  }

  private static List<String> dnsNames(X509Certificate certificate) {
    try {
      Collection<List<?>> names = certificate.getSubjectAlternativeNames();
      if (names == null) {
        return List.of();
      }
      return names.stream()
          .filter(name -> Integer.valueOf(DNS_NAME).equals(name.get(0)))
          .map(name -> String.valueOf(name.get(1)))
          .toList();
    } catch (CertificateParsingException e) {
      return List.of("(unreadable: " + e.getMessage() + ")");
    }
  }

  private static Map<String, Object> requestView(Request request) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", request.id().value());
    view.put("type", request.rawType());
    view.put("status", request.rawStatus());
    view.put("date", request.date().toString());
    request.orderId().ifPresent(id -> view.put("order_id", id.value()));
    request.order().ifPresent(order -> view.put("order_status", order.rawStatus()));
    request.requester().map(User::fullName).ifPresent(name -> view.put("requester", name));
    view.put("comments", request.comments());
    request.dateProcessed().map(Instant::toString).ifPresent(d -> view.put("date_processed", d));
    request.reviewer().map(User::fullName).ifPresent(name -> view.put("reviewer", name));
    request.processorComment().ifPresent(c -> view.put("processor_comment", c));
    return view;
  }

  private void emit(Object json, Runnable text) {
    if (format == GlobalOptions.Format.json) {
      out.println(MOSHI.adapter(Object.class).indent("  ").toJson(json));
    } else {
      text.run();
    }
    out.flush();
  }

  private void fields(Map<String, Object> view) {
    int width = view.keySet().stream().mapToInt(String::length).max().orElse(0);
    view.forEach(
        (name, value) ->
            out.println(
                String.format(
                    "%-" + (width + 2) + "s%s", name.replace('_', ' ') + ":", render(value))));
  }

  private static String render(Object value) {
    if (value instanceof List<?> list) {
      return String.join(", ", list.stream().map(String::valueOf).toList());
    }
    return String.valueOf(Optional.ofNullable(value).orElse("-"));
  }

  private void table(List<List<String>> rows) {
    int[] widths = new int[rows.get(0).size()];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        line.append(
            i == row.size() - 1
                ? row.get(i)
                : String.format("%-" + (widths[i] + 2) + "s", row.get(i)));
      }
      out.println(line.toString().stripTrailing());
    }
  }
}
