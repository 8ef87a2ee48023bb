package dev.certcentral.http;

import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Streaming;

/**
 * The covered CertCentral endpoints. Answers come back as raw bodies so the client can report a
 * malformed one with its HTTP status and an excerpt (a typed converter would lose both), and keep a
 * download's bytes as sent.
 *
 * <p>Every successful answer is {@link Streaming}: without it Retrofit reads the whole body into
 * memory before the executor sees it, so the executor's size bound would come too late.
 */
interface CertCentralApi {

  @Streaming
  @GET("order/certificate/{order_id}")
  Call<ResponseBody> getOrder(@Path("order_id") long orderId);

  @Streaming
  @GET("order/certificate")
  Call<ResponseBody> listOrders(
      @Query("offset") int offset,
      @Query("limit") int limit,
      @Query("filters[status]") String status);

  @Streaming
  @POST("order/certificate/{product_name_id}")
  Call<ResponseBody> placeOrder(
      @Path("product_name_id") String productNameId, @Body Wire.NewOrderBody body);

  @Streaming
  @PUT("order/certificate/{order_id}/status")
  Call<ResponseBody> updateOrderStatus(@Path("order_id") long orderId, @Body Wire.CancelBody body);

  @Streaming
  @PUT("order/certificate/{order_id}/revoke")
  Call<ResponseBody> revokeOrderCertificates(
      @Path("order_id") long orderId, @Body Wire.RevokeBody body);

  @Streaming
  @GET("order/certificate/{order_id}/validation")
  Call<ResponseBody> getValidationStatus(@Path("order_id") long orderId);

  /** DigiCert's example sends no body: every pending domain of the order is checked. */
  @Streaming
  @PUT("order/certificate/{order_id}/check-dcv")
  Call<ResponseBody> checkDcv(@Path("order_id") long orderId);

  @Streaming
  @POST("order/certificate/{order_id}/reissue")
  Call<ResponseBody> reissueOrder(@Path("order_id") long orderId, @Body Wire.ReissueBody body);

  @Streaming
  @GET("certificate/{certificate_id}/download/format/{format}")
  Call<ResponseBody> downloadCertificate(
      @Path("certificate_id") long certificateId, @Path("format") String format);

  @Streaming
  @GET("certificate/download/order/{order_id}/format/{format}")
  Call<ResponseBody> downloadOrderCertificate(
      @Path("order_id") long orderId, @Path("format") String format);

  @Streaming
  @GET("request")
  Call<ResponseBody> listRequests();

  @Streaming
  @GET("request/{request_id}")
  Call<ResponseBody> getRequest(@Path("request_id") long requestId);

  @Streaming
  @PUT("request/{request_id}/status")
  Call<ResponseBody> decideRequest(
      @Path("request_id") long requestId, @Body Wire.DecisionBody body);
}
