package dev.certcentral.fake.internal.dcv;

import com.squareup.moshi.JsonWriter;
import dev.certcentral.core.domain.DcvCheck;
import java.io.IOException;

/** check-DCV's answer in DigiCert's shape. */
final class DcvJson {

  private DcvJson() {}

  static void check(JsonWriter json, DcvCheck check) throws IOException {
    json.beginObject();
    json.name("order_status").value(check.rawOrderStatus());
    if (check.certificateId().isPresent()) {
      json.name("certificate_id").value(check.certificateId().get().value());
    }
    json.name("dcv_status").value(check.dcvStatus());
    json.name("dns_name_validations").beginArray();
    for (DcvCheck.NameStatus name : check.dnsNameValidations()) {
      json.beginObject().name("dns_name").value(name.dnsName());
      json.name("status").value(name.rawStatus()).endObject();
    }
    json.endArray().endObject();
  }
}
