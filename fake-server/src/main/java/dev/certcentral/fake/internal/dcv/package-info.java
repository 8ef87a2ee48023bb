/**
 * Domain control validation: the random token an order's domains prove control with, {@code PUT
 * /order/certificate/{id}/check-dcv}, and how domains pass in the fake: when the control API says a
 * token is in place, or by the fake's {@link dev.certcentral.fake.DcvPolicy} (at once, after a
 * delay on the fake's clock, never), each through core's DCV rules. DCV opens when an order's
 * request is approved and progresses whenever the account is read, so a client polling order info
 * sees the order issued once its delay has passed. It uses the orders resource, never the other way
 * round.
 *
 * <p>No nulls: absent values are {@code Optional}.
 */
package dev.certcentral.fake.internal.dcv;
