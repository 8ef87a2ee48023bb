package dev.certcentral.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The contract suites are runnable by other modules: abstract, public, and big enough. */
class ContractSuiteTest {

  @ParameterizedTest
  @CsvSource({
    "dev.certcentral.contract.CertCentralContract, 20",
    "dev.certcentral.contract.CertificateLifeContract, 10"
  })
  void isAnAbstractPublicClassWithEnoughScenarios(Class<?> contract, int atLeast) {
    assertThat(Modifier.isAbstract(contract.getModifiers())).isTrue();
    assertThat(Modifier.isPublic(contract.getModifiers())).isTrue();

    long scenarios =
        Arrays.stream(contract.getDeclaredMethods())
            .filter(m -> m.isAnnotationPresent(Test.class))
            .peek(
                m -> assertThat(m.isAnnotationPresent(DisplayName.class)).as(m.getName()).isTrue())
            .count();

    assertThat(scenarios).isGreaterThanOrEqualTo(atLeast);
  }

  @ParameterizedTest
  @CsvSource({
    "dev.certcentral.contract.CertCentralContract",
    "dev.certcentral.contract.CertificateLifeContract"
  })
  void theFixtureIsTheOnlyThingAnImplementationSupplies(Class<?> contract) {
    long abstractMethods =
        Arrays.stream(contract.getDeclaredMethods())
            .map(Method::getModifiers)
            .filter(Modifier::isAbstract)
            .count();

    assertThat(abstractMethods).isEqualTo(1);
  }

  @Test
  void aSigningRequestIsSignedByItsKeyForItsNames() throws Exception {
    SigningRequest request = SigningRequest.forNames(List.of("a.example", "www.a.example"));

    PemObject pem = new PemReader(new StringReader(request.pem())).readPemObject();
    assertThat(pem.getType()).isEqualTo("CERTIFICATE REQUEST");
    JcaPKCS10CertificationRequest csr = new JcaPKCS10CertificationRequest(pem.getContent());
    assertThat(csr.getPublicKey()).isEqualTo(request.keys().getPublic());
    assertThat(
            csr.isSignatureValid(
                new JcaContentVerifierProviderBuilder().build(request.keys().getPublic())))
        .isTrue();
    assertThat(csr.getSubject()).hasToString("CN=a.example");
    GeneralNames names =
        GeneralNames.fromExtensions(csr.getRequestedExtensions(), Extension.subjectAlternativeName);
    assertThat(Arrays.stream(names.getNames()).map(n -> n.getName().toString()))
        .containsExactly("a.example", "www.a.example");
  }
}
