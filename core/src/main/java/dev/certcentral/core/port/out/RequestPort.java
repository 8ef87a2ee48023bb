package dev.certcentral.core.port.out;

import dev.certcentral.core.domain.Decision;
import dev.certcentral.core.domain.Request;
import dev.certcentral.core.domain.RequestId;
import java.util.List;

/** Requests waiting for, or carrying, an administrator's decision. */
public interface RequestPort {

  /** {@code GET /request/{request_id}}, with the request's order embedded. */
  Request getRequest(RequestId requestId);

  /** {@code GET /request}: every request the key can see, newest last. */
  List<Request> listRequests();

  /**
   * {@code PUT /request/{request_id}/status}: approves or rejects an open request. Approving a
   * revoke request revokes its order.
   *
   * @param processorComment the reviewer's comment; may be blank
   * @throws dev.certcentral.core.domain.error.RequestAlreadyDecidedException (or its rule-violation
   *     parent over HTTP) if the request is already decided
   */
  void decideRequest(RequestId requestId, Decision decision, String processorComment);
}
