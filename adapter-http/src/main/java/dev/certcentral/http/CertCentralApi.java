package dev.certcentral.http;

import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The covered CertCentral endpoints. Answers come back as raw bodies so the client can report a
 * malformed one with its HTTP status and an excerpt (a typed converter would lose both).
 */
interface CertCentralApi {

  @GET("order/certificate/{order_id}")
  Call<ResponseBody> getOrder(@Path("order_id") long orderId);

  @GET("order/certificate")
  Call<ResponseBody> listOrders(
      @Query("offset") int offset,
      @Query("limit") int limit,
      @Query("filters[status]") String status);

  @PUT("order/certificate/{order_id}/status")
  Call<ResponseBody> updateOrderStatus(@Path("order_id") long orderId, @Body Wire.CancelBody body);

  @PUT("order/certificate/{order_id}/revoke")
  Call<ResponseBody> revokeOrderCertificates(
      @Path("order_id") long orderId, @Body Wire.RevokeBody body);

  @GET("order/certificate/{order_id}/validation")
  Call<ResponseBody> getValidationStatus(@Path("order_id") long orderId);

  @GET("request")
  Call<ResponseBody> listRequests();

  @GET("request/{request_id}")
  Call<ResponseBody> getRequest(@Path("request_id") long requestId);

  @PUT("request/{request_id}/status")
  Call<ResponseBody> decideRequest(
      @Path("request_id") long requestId, @Body Wire.DecisionBody body);
}
