package dev.certcentral.fake.internal.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.certcentral.core.domain.error.ErrorCodes;
import dev.certcentral.core.domain.error.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The products the fake sells, and which of them need an organization. */
class ProductsTest {

  @Test
  void everyProductIsFoundByItsIdentifier() {
    for (Product product : Products.ALL) {
      assertThat(Products.require(product.nameId())).isSameAs(product);
    }
    assertThat(Products.require("ssl_ev_basic").allowedValidityYears()).containsExactly(1, 2);
  }

  @Test
  void anUnknownProductIsDigiCertsNotFoundProduct() {
    assertThatThrownBy(() -> Products.require("ssl_dv_geotrust"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("ssl_dv_geotrust")
        .satisfies(
            e ->
                assertThat(((NotFoundException) e).primaryErrorCode())
                    .isEqualTo(ErrorCodes.PRODUCT_NOT_FOUND));
  }

  @Test
  void ovAndEvProductsNeedAnOrganizationAndOthersDoNot() {
    assertThat(Products.require("ssl_basic").needsOrganization()).isTrue();
    assertThat(Products.require("ssl_ev_basic").needsOrganization()).isTrue();
    assertThat(new Product("ssl_dv_geotrust", "GeoTrust DV", "DV", List.of(1)).needsOrganization())
        .isFalse();
  }

  @Test
  void aProductKeepsItsValiditiesAsGiven() {
    List<Integer> years = new ArrayList<>(List.of(1, 2));
    Product product = new Product("ssl_basic", "Basic OV", "OV", years);

    years.add(3);

    assertThat(product.allowedValidityYears()).containsExactly(1, 2);
  }
}
