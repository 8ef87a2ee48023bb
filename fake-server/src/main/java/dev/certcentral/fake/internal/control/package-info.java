/**
 * The control plane's state and limits, apart from the web: the faults in force, the journal of
 * calls, the admin token, the heap budget for bulk creation. The routes that drive them are in
 * {@code internal.admin}, the hooks that apply them to calls in {@code internal.http}; kept apart
 * from the web so that plumbing can use them with no package cycle.
 *
 * <p>No nulls: absent values are {@code Optional}.
 */
package dev.certcentral.fake.internal.control;
