package dev.certcentral.core.service;

import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestId;
import dev.certcentral.core.port.in.DecideRequestCommand;
import dev.certcentral.core.port.in.DecideRequestUseCase;
import dev.certcentral.core.port.in.GetRequestUseCase;
import dev.certcentral.core.port.in.ListRequestsUseCase;
import dev.certcentral.core.port.out.RequestPort;
import java.util.List;
import java.util.Objects;

/** The request use cases: read requests and decide them. */
public final class RequestService
    implements GetRequestUseCase, ListRequestsUseCase, DecideRequestUseCase {

  private final RequestPort requests;

  /** Creates the service over the port. */
  public RequestService(RequestPort requests) {
    this.requests = Objects.requireNonNull(requests, "requests");
  }

  @Override
  public Request getRequest(RequestId requestId) {
    return requests.getRequest(Objects.requireNonNull(requestId, "requestId"));
  }

  @Override
  public List<Request> listRequests() {
    return requests.listRequests();
  }

  @Override
  public void decideRequest(DecideRequestCommand command) {
    requests.decideRequest(command.requestId(), command.decision(), command.processorComment());
  }
}
