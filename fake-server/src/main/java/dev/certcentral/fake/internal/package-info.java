/**
 * The fake assembled ({@code FakeApp}): its state, control plane, Jetty hardening and every {@code
 * Resource} of {@code Resources} on Javalin, and core's ports over the state without HTTP ({@code
 * KeySession}). Not API: the public face is {@code dev.certcentral.fake}.
 *
 * <p>No nulls: absent values are {@code Optional}.
 */
package dev.certcentral.fake.internal;
