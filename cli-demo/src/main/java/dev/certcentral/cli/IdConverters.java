package dev.certcentral.cli;

import dev.certcentral.core.domain.CertificateId;
import dev.certcentral.core.domain.OrderId;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.domain.error.InvalidRequestException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Ids from the command line: a bad one is a usage error, reported before any call. */
final class IdConverters {

  private IdConverters() {}

  /** Reads an {@link OrderId}. */
  static final class Orders implements ITypeConverter<OrderId> {
    @Override
    public OrderId convert(String value) {
      try {
        return OrderId.parse(value);
      } catch (InvalidRequestException e) {
        throw new TypeConversionException(
            "'" + value + "' is not an order id (a positive integer)");
      }
    }
  }

  /** Reads a {@link CertificateId}. */
  static final class Certificates implements ITypeConverter<CertificateId> {
    @Override
    public CertificateId convert(String value) {
      try {
        return CertificateId.parse(value);
      } catch (InvalidRequestException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a certificate id (a positive integer)");
      }
    }
  }

  /** Reads a {@link RequestId}. */
  static final class Requests implements ITypeConverter<RequestId> {
    @Override
    public RequestId convert(String value) {
      try {
        return RequestId.parse(value);
      } catch (InvalidRequestException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a request id (a positive integer)");
      }
    }
  }
}
