package org.annals.eval.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountryCodesTest {
  @Test
  void resolvesIsoRegionsAndLegacyCodesButNotOrganisationTypes() {
    assertThat(CountryCodes.resolve("USA")).contains("USA");
    assertThat(CountryCodes.resolve("pse")).contains("PSE");
    assertThat(CountryCodes.resolve("WST")).contains("WST");
    assertThat(CountryCodes.resolve("RUSGOV")).contains("RUS");
    assertThat(CountryCodes.resolve("JAP")).contains("JPN");
    assertThat(CountryCodes.isAlias("JAP")).isTrue();
    assertThat(CountryCodes.resolve("KOS")).contains("KOS"); // Kosovo in the PLOVER manual
    assertThat(CountryCodes.resolve("KSV")).contains("KOS"); // and in CAMEO
    assertThat(CountryCodes.resolve("IGO")).isEmpty();
    assertThat(CountryCodes.resolve("NGO")).isEmpty();
    assertThat(CountryCodes.resolve("")).isEmpty();
    assertThat(CountryCodes.resolve(null)).isEmpty();
  }

  @Test
  void ratioFormatsAndHandlesEmpty() {
    assertThat(Ratio.of(3, 4).format()).isEqualTo("3/4 (0.750)");
    assertThat(Ratio.of(0, 0).format()).isEqualTo("0/0 (n/a)");
    assertThat(Ratio.of(0, 0).json()).isNull();
  }
}
