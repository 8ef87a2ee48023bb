package dev.certcentral.core.domain;

import dev.certcentral.core.domain.error.OrderNotRevocableException;
import dev.certcentral.core.domain.error.RequestAlreadyDecidedException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A request waiting for, or carrying, an administrator's decision: a new certificate, a revoke, a
 * reissue or a duplicate.
 *
 * <p>A request is open while {@code submitted} or {@code pending}; once decided it never changes
 * again.
 *
 * @param id the request's id
 * @param date when it was submitted
 * @param type the known type, {@link RequestType#UNKNOWN} for a type added later
 * @param rawType the type exactly as CertCentral sent it
 * @param status the known status, {@link RequestStatus#UNKNOWN} for a status added later
 * @param rawStatus the status exactly as CertCentral sent it
 * @param requester who submitted it
 * @param reviewer who reviewed it, once decided
 * @param processor who processed it, once decided
 * @param dateProcessed when it was decided; absent while open
 * @param comments the requester's comments, empty if none
 * @param processorComment the reviewer's comment on the decision
 * @param orderId the order it concerns, when known
 * @param order the order as CertCentral embedded it in the answer, when it did
 */
public record Request(
    RequestId id,
    Instant date,
    RequestType type,
    String rawType,
    RequestStatus status,
    String rawStatus,
    Optional<User> requester,
    Optional<User> reviewer,
    Optional<User> processor,
    Optional<Instant> dateProcessed,
    String comments,
    Optional<String> processorComment,
    Optional<OrderId> orderId,
    Optional<Order> order) {

  /** Validates the request and keeps the raw strings consistent with the known constants. */
  public Request {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(status, "status");
    rawType = rawType == null ? type.value() : rawType;
    rawStatus = rawStatus == null ? status.value() : rawStatus;
    requester = Objects.requireNonNullElse(requester, Optional.empty());
    reviewer = Objects.requireNonNullElse(reviewer, Optional.empty());
    processor = Objects.requireNonNullElse(processor, Optional.empty());
    dateProcessed = Objects.requireNonNullElse(dateProcessed, Optional.empty());
    comments = Objects.requireNonNullElse(comments, "");
    processorComment = Objects.requireNonNullElse(processorComment, Optional.empty());
    order = Objects.requireNonNullElse(order, Optional.empty());
    orderId = Objects.requireNonNullElse(orderId, Optional.empty());
    if (orderId.isEmpty()) {
      orderId = order.map(Order::id);
    }
  }

  /** Starts a builder; type and status default to {@code revoke} and {@code pending}. */
  public static Builder builder(RequestId id, Instant date) {
    return new Builder(id, date);
  }

  /** A builder holding this request's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder builder = new Builder(id, date).type(rawType).status(rawStatus).comments(comments);
    requester.ifPresent(builder::requester);
    reviewer.ifPresent(builder::reviewer);
    processor.ifPresent(builder::processor);
    dateProcessed.ifPresent(builder::dateProcessed);
    processorComment.ifPresent(builder::processorComment);
    orderId.ifPresent(builder::orderId);
    order.ifPresent(builder::order);
    return builder;
  }

  /** This request with the order CertCentral embeds in it, as now. */
  public Request withOrder(Order current) {
    return toBuilder().order(current).build();
  }

  /**
   * Decides this request on its own, when its order is not at hand.
   *
   * @throws RequestAlreadyDecidedException if the request is not open
   */
  public Request decide(Decision decision, User reviewer, String processorComment, Clock clock) {
    if (!status.isOpen()) {
      throw new RequestAlreadyDecidedException(id, rawStatus);
    }
    Builder decided =
        toBuilder()
            .status(decision.resultingStatus())
            .reviewer(reviewer)
            .processor(reviewer)
            .dateProcessed(clock.instant());
    if (processorComment != null && !processorComment.isBlank()) {
      decided.processorComment(processorComment);
    }
    return decided.build();
  }

  /**
   * Decides this request and applies the decision to its order: approving a revoke request is what
   * revokes the order. Both values are computed before anything is stored, so a refused decision
   * changes neither.
   *
   * @param decision approve or reject
   * @param reviewer the administrator deciding
   * @param processorComment the reviewer's comment, may be blank
   * @param current the request's order as it is now
   * @param clock the source of {@code date_processed}
   * @return the decided request and the order after the decision
   * @throws RequestAlreadyDecidedException if the request is not open
   * @throws OrderNotRevocableException if an approved revoke finds the order no longer issued
   */
  public RequestDecision decide(
      Decision decision, User reviewer, String processorComment, Order current, Clock clock) {
    if (orderId.isPresent() && !orderId.get().equals(current.id())) {
      throw new IllegalArgumentException("order " + current.id() + " is not this request's");
    }
    Request decided = decide(decision, reviewer, processorComment, clock);
    Order after = current.afterDecision(type, decided.status());
    return new RequestDecision(decided, after);
  }

  /** Builds a {@link Request}. */
  public static final class Builder {
    private final RequestId id;
    private final Instant date;
    private String rawType = RequestType.REVOKE.value();
    private String rawStatus = RequestStatus.PENDING.value();
    private User requester;
    private User reviewer;
    private User processor;
    private Instant dateProcessed;
    private String comments = "";
    private String processorComment;
    private OrderId orderId;
    private Order order;

    private Builder(RequestId id, Instant date) {
      this.id = Objects.requireNonNull(id, "id");
      this.date = Objects.requireNonNull(date, "date");
    }

    /** Sets a known type. */
    public Builder type(RequestType type) {
      return type(type.value());
    }

    /** Sets the type from CertCentral's raw string. */
    public Builder type(String raw) {
      this.rawType = raw;
      return this;
    }

    /** Sets a known status. */
    public Builder status(RequestStatus status) {
      return status(status.value());
    }

    /** Sets the status from CertCentral's raw string. */
    public Builder status(String raw) {
      this.rawStatus = raw;
      return this;
    }

    /** Sets who submitted the request. */
    public Builder requester(User requester) {
      this.requester = requester;
      return this;
    }

    /** Sets who reviewed the request. */
    public Builder reviewer(User reviewer) {
      this.reviewer = reviewer;
      return this;
    }

    /** Sets who processed the request. */
    public Builder processor(User processor) {
      this.processor = processor;
      return this;
    }

    /** Sets when the request was decided. */
    public Builder dateProcessed(Instant dateProcessed) {
      this.dateProcessed = dateProcessed;
      return this;
    }

    /** Sets the requester's comments. */
    public Builder comments(String comments) {
      this.comments = comments;
      return this;
    }

    /** Sets the reviewer's comment. */
    public Builder processorComment(String processorComment) {
      this.processorComment = processorComment;
      return this;
    }

    /** Sets the id of the order the request concerns. */
    public Builder orderId(OrderId orderId) {
      this.orderId = orderId;
      return this;
    }

    /** Sets the order embedded in the answer. */
    public Builder order(Order order) {
      this.order = order;
      return this;
    }

    /** Builds the request, validating it. */
    public Request build() {
      return new Request(
          id,
          date,
          RequestType.fromValue(rawType),
          rawType,
          RequestStatus.fromValue(rawStatus),
          rawStatus,
          Optional.ofNullable(requester),
          Optional.ofNullable(reviewer),
          Optional.ofNullable(processor),
          Optional.ofNullable(dateProcessed),
          comments,
          Optional.ofNullable(processorComment),
          Optional.ofNullable(orderId),
          Optional.ofNullable(order));
    }
  }
}
