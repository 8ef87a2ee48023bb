package dev.certcentral.core.domain;

/** An administrator's answer to a pending request. */
public enum Decision implements WireValue {
  /** Carry out what the request asks for. */
  APPROVE("approved"),
  /** Refuse the request; nothing changes. */
  REJECT("rejected");

  private final String value;

  Decision(String value) {
    this.value = value;
  }

  /** The request status this decision produces, as sent in {@code PUT /request/{id}/status}. */
  @Override
  public String value() {
    return value;
  }

  /** The request status after this decision. */
  public RequestStatus resultingStatus() {
    return this == APPROVE ? RequestStatus.APPROVED : RequestStatus.REJECTED;
  }
}
