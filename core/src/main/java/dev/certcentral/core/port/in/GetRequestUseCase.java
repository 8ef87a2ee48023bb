package dev.certcentral.core.port.in;

import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestId;

/** Read one request. */
public interface GetRequestUseCase {

  /** The request with its order. */
  Request getRequest(RequestId requestId);
}
