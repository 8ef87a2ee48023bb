/**
 * A stateful fake DigiCert CertCentral for tests, in-process ({@link
 * dev.certcentral.fake.FakeCertCentral}) or standalone ({@code java -jar
 * certcentral-fake-server.jar}), driven through one control API, {@link
 * dev.certcentral.fake.FakeControl}: in-process by the fake itself, remotely by {@link
 * dev.certcentral.fake.FakeControlClient}. The rest of this package is what tests hand that API:
 * {@link dev.certcentral.fake.OrderSpec}, {@link dev.certcentral.fake.KeySpec} with {@link
 * dev.certcentral.fake.KeyRole}, {@link dev.certcentral.fake.Fault} with {@link
 * dev.certcentral.fake.HttpMethod}, {@link dev.certcentral.fake.DcvPolicy} (how domains pass DCV
 * without a token placed through the control API), and what it hands back: {@link
 * dev.certcentral.fake.RecordedCall}, checked with {@link dev.certcentral.fake.CallCount}, and
 * {@link dev.certcentral.fake.FakeState}, and the test CA's root and CRL as the JDK's own {@code
 * X509Certificate} and {@code X509CRL}, so a test checks chains and revocation with PKIX alone. The
 * JUnit 5 extension is in {@code .junit}.
 *
 * <p>Everything else is in {@code .internal} packages, which are not API: no Javalin, Jetty, Moshi,
 * okio or BouncyCastle type appears in a public signature here (an ArchUnit rule says so), and the
 * resources live there too, since users meet them over HTTP, never as Java types. Inside, one
 * package per resource ({@code internal.orders}, {@code internal.requests}, ...) holds its routes,
 * its JSON and its behaviour through core's rules; {@code internal.state} the state every resource
 * reaches through one small API (accounts, keys, id sequences, the clock, the test CA, the
 * reactions that carry one resource's change to another); {@code internal.http} the plumbing every
 * route shares (key check, rate limits, fault hooks, journal, JSON bodies, error answers, Jetty
 * hardening); {@code internal.control} the faults, journal and limits; {@code internal.ca} the
 * throwaway test CA; {@code internal.admin} the {@code /__fake} routes over the one {@code
 * ControlPlane} the in-process fake uses too.
 *
 * <p>Adding a resource is one package plus one line: write {@code internal.<resource>} with a
 * {@code Resource} that adds its routes to the {@code Api}, its JSON, and its behaviour as core's
 * rules over the state (keeping anything of its own in a {@code Table} of the account, and reacting
 * to another resource's change through {@code state.reactions()}), then list it in {@code
 * internal.Resources}. The shared plumbing, the control API and the other resources stay as they
 * are; a resource may use another's JSON or behaviour only along the domain's direction (requests
 * use orders), which an ArchUnit rule keeps free of cycles.
 *
 * <p>No nulls: absent values are {@code Optional}.
 */
package dev.certcentral.fake;
