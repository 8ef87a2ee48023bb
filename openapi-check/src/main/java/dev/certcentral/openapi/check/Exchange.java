package dev.certcentral.openapi.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP exchange as it went over the wire: the request, and the answer when there was one. Built
 * from whatever client or server saw it (OkHttp, MockWebServer, the JDK's HttpClient), so the check
 * itself depends on none of them.
 */
public final class Exchange {

  private final String method;
  private final String path;
  private final Map<String, List<String>> query;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final Optional<Answer> answer;

  private Exchange(Builder builder) {
    this.method = builder.method;
    this.path = builder.path;
    this.query = copy(builder.query);
    this.headers = copy(builder.headers);
    this.body = builder.body.clone();
    this.answer = Optional.ofNullable(builder.answer);
  }

  /** Starts an exchange with its request line: method and path, without the query. */
  public static Builder request(String method, String path) {
    return new Builder(method, path);
  }

  /** The request's method, upper case. */
  public String method() {
    return method;
  }

  /** The request's path, without the query. */
  public String path() {
    return path;
  }

  /** The decoded query parameters. */
  public Map<String, List<String>> query() {
    return query;
  }

  /** The request's headers. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** A copy of the request's body; empty when there was none. */
  public byte[] body() {
    return body.clone();
  }

  /** The answer, when the exchange got one. */
  public Optional<Answer> answer() {
    return answer;
  }

  @Override
  public String toString() {
    return method + " " + path + answer.map(a -> " -> " + a.status()).orElse("");
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> values) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
    return Map.copyOf(copy);
  }

  /**
   * An answer as it went over the wire.
   *
   * @param status the HTTP status
   * @param headers the answer's headers
   * @param body the answer's body, decoded from any content encoding; empty when none
   */
  public record Answer(int status, Map<String, List<String>> headers, byte[] body) {

    /** Copies the parts. */
    public Answer {
      headers = copy(Objects.requireNonNull(headers, "headers"));
      body = Objects.requireNonNull(body, "body").clone();
    }

    /** A copy of the body. */
    @Override
    public byte[] body() {
      return body.clone();
    }
  }

  /** Builds an {@link Exchange}. */
  public static final class Builder {
    private final String method;
    private final String path;
    private final Map<String, List<String>> query = new LinkedHashMap<>();
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private byte[] body = new byte[0];
    private Answer answer;

    private Builder(String method, String path) {
      this.method = Objects.requireNonNull(method, "method");
      this.path = Objects.requireNonNull(path, "path");
    }

    /** Adds a decoded query parameter. */
    public Builder query(String name, String value) {
      query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      return this;
    }

    /** Adds a request header. */
    public Builder header(String name, String value) {
      headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      return this;
    }

    /** Sets the request's body. */
    public Builder body(byte[] body) {
      this.body = Objects.requireNonNull(body, "body").clone();
      return this;
    }

    /** Sets the answer. */
    public Builder answer(int status, Map<String, List<String>> headers, byte[] body) {
      this.answer = new Answer(status, headers, body);
      return this;
    }

    /** Builds the exchange. */
    public Exchange build() {
      return new Exchange(this);
    }
  }
}
