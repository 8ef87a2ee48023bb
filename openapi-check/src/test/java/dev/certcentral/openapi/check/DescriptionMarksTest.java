package dev.certcentral.openapi.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every behaviour the description names has a source, or is marked as the project's own. */
class DescriptionMarksTest {

  private static final DescriptionMarks MARKS = DescriptionMarks.certCentral();

  @Test
  void everyOperationNamesItsSourceAndWhetherItIsServed() {
    assertThat(MARKS.operations())
        .hasSize(19)
        .allSatisfy(
            op -> {
              assertThat(op.source()).as(op.id()).isNotBlank();
              assertThat(op.implemented()).as(op.id()).matches("yes.*|fake only: .*|planned.*");
              assertThat(op.success()).as(op.id()).isNotBlank();
            });
  }

  @Test
  void everyCodeIsEitherSourcedOrTheFakesOwnNeverBoth() {
    assertThat(MARKS.codes())
        .allSatisfy(
            code ->
                assertThat(code.source().isPresent() != code.fakeDecision().isPresent())
                    .as(code.code())
                    .isTrue());
  }

  @Test
  void everyCodeAnOperationNamesIsInTheCatalogueWithTheSameStatus() {
    Set<String> catalogued =
        MARKS.codes().stream()
            .map(code -> code.status() + " " + code.code())
            .collect(Collectors.toSet());
    for (DescriptionMarks.OperationMark op : MARKS.operations()) {
      op.errorCodes()
          .forEach(
              (status, codes) ->
                  assertThat(codes.stream().map(code -> status + " " + code).toList())
                      .as(op.id() + " " + status)
                      .isSubsetOf(catalogued));
    }
  }

  @Test
  void theFakesOwnCodesAreMarkedAndDigiCertsAreNot() {
    assertThat(MARKS.fakeCodes())
        .contains("invalid_status", "missing_param", "invalid_param", "csr_invalid_signature")
        .doesNotContain(
            "not_found",
            "bad_request_format",
            "not_found|order",
            "request_limit_exceeded",
            "csr_invalid_cannot_parse",
            "invalid_dns_txt");
  }

  @Test
  void everyTransitionHasASourceOrIsTheFakesOwn() {
    assertThat(MARKS.transitions())
        .hasSizeGreaterThanOrEqualTo(10)
        .allSatisfy(
            t ->
                assertThat(t.source().isPresent() || t.fakeDecision().isPresent())
                    .as(t.action())
                    .isTrue());
  }

  @Test
  void decidedFieldsAreListedOnce() {
    List<String> where = MARKS.fields().stream().map(DescriptionMarks.FieldMark::where).toList();

    assertThat(where)
        .contains("OrderCertificate.key_size", "Order.is_renewal")
        .doesNotHaveDuplicates();
  }
}
