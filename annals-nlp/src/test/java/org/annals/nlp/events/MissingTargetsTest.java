package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.model.CodedArticle;
import org.annals.model.CodedEvent;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, "missing target": recipients the text names that the argument rules did not take
 * ({@link MissingTargets}). Invented sentences; each class has near sentences that must not change.
 */
class MissingTargetsTest extends CodingTestBase {
  private static final String DATE = "2024-03-12";

  private static final String FILLER = "\n\nThe crowd had gathered outside the parliament building in the centre of the"
      + " capital since early morning. Many of them were students from the city's main university, and some carried"
      + " banners and flags. The crowd grew to several thousand people by noon, according to witnesses who spoke to"
      + " local radio stations. Shops in the area closed their doors and traffic on the main avenue came to a halt"
      + " for most of the afternoon.\n\nThe capital has about four million residents, and the university is one of"
      + " the largest in the region.\n\n";

  /** The recipients (COUNTRY:SECTOR, sorted) of the one event whose trigger starts with {@code word}. */
  private static String recipients(String text, String word) {
    CodedArticle coded = code(text, DATE);
    List<CodedEvent> found = coded.events().stream()
        .filter(e -> e.evidence().trigger().text().startsWith(word)).toList();
    assertThat(found).as("events of '%s' in: %s%n%s", word, text, explain(coded)).hasSize(1);
    return summary(found.get(0)).replaceAll("^.*? -> ", "-> ").replaceAll(" (asserted|negated|hypothetical|future|speculative)$", "");
  }

  @Test
  void theSubjectAParserLostIsWhomAPassiveActBefell() {
    assertThat(recipients("A student has been detained after Omar Haddad, editor of the Jordanian newspaper"
        + " Al-Rai, was beaten outside his office.", "beaten")).isEqualTo("-> JOR");
    assertThat(recipients("A woman has been arrested after Karim Nasser, mayor of the Lebanese city of Tyre,"
        + " was shot last night while on his way home.", "shot")).isEqualTo("-> LBN");
    assertThat(recipients("Dale Morton, the gunman in an attack on a church in Dayton, Ohio, United States that"
        + " left three worshippers dead, was convicted by a federal jury on Tuesday.", "convicted"))
        .isEqualTo("-> USA");
  }

  @Test
  void aPassiveWithItsSubjectParsedIsUnchanged() {
    assertCodes("Ana Costa, the mayor of Braga, was attacked on Sunday.", DATE,
        "ASSAULT 190 - -> PRT:GOV asserted");
    assertCodes("Ivan Petrov, the suspect in a robbery of a bank in Omsk, Siberia, Russia that left two guards"
        + " injured, was released from a Siberian jail Friday after his lawyers posted bail.", DATE,
        "RETREAT/release 0841 - -> RUS asserted");
    assertCodes("A man was questioned after the march was dispersed on Sunday.", DATE);
  }

  @Test
  void whereALightVerbAimsAnAssaultIsItsTarget() {
    assertCodes("Russia launched an offensive into Ukraine.", DATE, "ASSAULT 190 RUS:GOV -> UKR:GOV asserted");
    assertCodes("Armenia began an offensive into Azerbaijan on Friday.", DATE,
        "ASSAULT 190 ARM:GOV -> AZE:GOV asserted");
  }

  @Test
  void aLightVerbsTimeOrPlaceIsNoTarget() {
    assertCodes("Russia launched an offensive on Monday.", DATE, "ASSAULT 190 RUS:GOV asserted");
    assertCodes("Turkey launched an offensive into the mountains.", DATE, "ASSAULT 190 TUR:GOV asserted");
  }

  @Test
  void aJudgedActTheArticleOpenedWithIsItsDoers() {
    assertCodes("Kenyan police shot dead two protesters in Nairobi on Monday." + FILLER
        + "Uganda's foreign minister condemned the shooting.", DATE,
        "ASSAULT/firearms 193 KEN:COP -> KEN:CVL asserted",
        "ACCUSE/disapprove 111 UGA:GOV -> KEN:COP asserted");
  }

  @Test
  void anOpeningThatIsNoSuchActGivesNoTarget() {
    assertThat(recipients("Kenyan and Ugandan ministers met in Nairobi on Monday to discuss trade." + FILLER
        + "Tanzania's foreign minister condemned the attack.", "condemned")).doesNotContain("->");
    assertThat(recipients("Kenyan police shot dead two protesters in Nairobi on Monday." + FILLER
        + "Kenyan police defended the shooting.", "defended")).doesNotContain("->");
  }
}
