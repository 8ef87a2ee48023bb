package dev.certcentral.fake.internal.certificates;

import dev.certcentral.core.domain.CertificateDownload;
import dev.certcentral.core.domain.CertificateFormat;
import dev.certcentral.core.domain.CertificateId;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.fake.internal.ca.TestCertificateAuthority;
import dev.certcentral.fake.internal.http.Api;
import dev.certcentral.fake.internal.http.Resource;
import dev.certcentral.fake.internal.http.Responses;
import dev.certcentral.fake.internal.state.Caller;
import dev.certcentral.fake.internal.state.State;
import io.javalin.http.Context;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The certificates resource: downloads, the chain, and the CRL, with DigiCert's URLs and the
 * glossary's content types; and the reactions that issue and revoke certificates.
 */
public final class CertificateRoutes implements Resource {

  /** The CRL's content type (RFC 5280 section 4.2.1.13 names {@code application/pkix-crl}). */
  public static final String CRL_CONTENT_TYPE = "application/pkix-crl";

  /**
   * The format of {@code GET /certificate/download/order/{order_id}} without one: the part of
   * DigiCert's page we could read names none, so the fake answers the glossary's zip {@code
   * default} (the fake's own decision, marked in openapi/certcentral.yaml).
   */
  static final CertificateFormat DEFAULT_FORMAT = CertificateFormat.DEFAULT;

  @Override
  public void react(State state) {
    new Issuance(state).register();
  }

  @Override
  public void register(Api api) {
    api.get(
        "/certificate/{certificate_id}/download/format/{format}",
        (ctx, caller) ->
            send(ctx, new Certificates(caller).download(certificateId(ctx), format(ctx))));
    api.get(
        "/certificate/download/order/{order_id}",
        (ctx, caller) ->
            send(ctx, new Certificates(caller).download(orderId(ctx), DEFAULT_FORMAT)));
    api.get(
        "/certificate/download/order/{order_id}/format/{format}",
        (ctx, caller) -> send(ctx, new Certificates(caller).download(orderId(ctx), format(ctx))));
    api.get("/certificate/{certificate_id}/chain", this::chain);
    State state = api.state();
    api.openGet(
        State.CRL_PATH,
        ctx ->
            Responses.bytes(
                ctx, 200, CRL_CONTENT_TYPE, TestCertificateAuthority.der(Certificates.crl(state))));
  }

  private void chain(Context ctx, Caller caller) {
    List<X509Certificate> chain = new Certificates(caller).chain(certificateId(ctx));
    Responses.json(ctx, 200, json -> CertificateJson.chain(json, chain));
  }

  private static void send(Context ctx, CertificateDownload download) {
    Responses.bytes(ctx, 200, download.contentType(), download.bytes());
  }

  private static CertificateId certificateId(Context ctx) {
    return CertificateId.parse(ctx.pathParam("certificate_id"));
  }

  private static OrderId orderId(Context ctx) {
    return OrderId.parse(ctx.pathParam("order_id"));
  }

  private static CertificateFormat format(Context ctx) {
    return CertificateFormat.fromValue(ctx.pathParam("format"));
  }
}
