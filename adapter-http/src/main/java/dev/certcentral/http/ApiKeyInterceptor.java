package dev.certcentral.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Adds {@code X-DC-DEVKEY} to every call; the only place the key is put on the wire. */
final class ApiKeyInterceptor implements Interceptor {

  static final String HEADER = "X-DC-DEVKEY";

  private final String apiKey;

  ApiKeyInterceptor(String apiKey) {
    this.apiKey = apiKey;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder().header(HEADER, apiKey).build());
  }
}
