package dev.certcentral.core.port.in;

import dev.certcentral.core.domain.Request;
import java.util.List;

/** Read every request the key can see. */
public interface ListRequestsUseCase {

  /** Every request, oldest first. */
  List<Request> listRequests();
}
