package dev.certcentral.cli;

import dev.certcentral.core.domain.CertificateId;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.error.InvalidRequestException;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Ids from the command line: a bad one is a usage error, reported before any call. */
final class IdConverters {

  private IdConverters() {}

  private static <T> T parse(String value, Function<String, T> parser, String what) {
    try {
      return parser.apply(value);
    } catch (InvalidRequestException e) {
      throw new TypeConversionException(
          "'" + value + "' is not " + what + " id (a positive integer)");
    }
  }

  /** Reads an {@link OrderId}. */
  static final class Orders implements ITypeConverter<OrderId> {
    @Override
    public OrderId convert(String value) {
      return parse(value, OrderId::parse, "an order");
    }
  }

  /** Reads a {@link CertificateId}. */
  static final class Certificates implements ITypeConverter<CertificateId> {
    @Override
    public CertificateId convert(String value) {
      return parse(value, CertificateId::parse, "a certificate");
    }
  }

  /** Reads a {@link RequestId}. */
  static final class Requests implements ITypeConverter<RequestId> {
    @Override
    public RequestId convert(String value) {
      return parse(value, RequestId::parse, "a request");
    }
  }
}
