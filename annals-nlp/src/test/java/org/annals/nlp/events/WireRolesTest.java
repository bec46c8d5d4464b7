package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sources and targets by context in wire news (issue 13, h139): a wire dateline ("NAIROBI, Kenya
 * (AP) _") is the article's home, so agents that name no country ("police", "officers",
 * "protesters") are of its country rather than of a nationality the sentence or the one before
 * speaks of, and its place name is no actor; a request to a country's public opinion
 * (MissingTargets {@code +missing:public-opinion}) goes to that country. Sentences written for
 * this test.
 */
class WireRolesTest extends CodingTestBase {
  private static final String DAY = "1998-03-10";

  private static List<String> summaries(String text) {
    return code(text, DAY).events().stream().map(CodingTestBase::summary).toList();
  }

  @Test
  void theDatelineIsTheHomeOfUnnamedAgents() {
    assertThat(summaries("NAIROBI, Kenya (AP) _ Police raided two homes on Monday and detained a Somali"
        + " man suspected of smuggling weapons. Officers seized three rifles."))
        .contains("COERCE/seize 1711 KEN:COP asserted")
        .noneMatch(s -> s.contains("SOM:COP"));
    assertThat(summaries("CAIRO, Egypt (AP)_ The relatives of a man killed in a Libyan prison demanded"
        + " an inquiry on Saturday. Police dispersed the crowd."))
        .contains("COERCE/restrict 172 EGY:COP -> EGY:CVL asserted");
    assertThat(summaries("BELFAST, Northern Ireland (AP)_ Police arrested two men after a bomb exploded"
        + " in a Protestant town, blamed on the Irish Republican Army. Officers seized a car packed"
        + " with explosives."))
        .contains("COERCE/arrest 173 GBR:COP -> GBR:CVL asserted", "COERCE/seize 1711 GBR:COP asserted");
  }

  @Test
  void aDatelineWithADateStillGivesItsCitysCountry() {
    assertThat(summaries("ATHENS, March 8 (Xinhua) -- Protesters burned a Turkish flag outside"
        + " parliament on Sunday. Police detained twelve demonstrators."))
        .contains("COERCE/arrest 173 GRC:COP -> GRC:CVL asserted");
  }

  @Test
  void theDatelinePlaceIsNoActor() {
    assertThat(summaries("SEOUL, South Korea (AP)_ Riot police fired tear gas at thousands of students"
        + " who marched on Tuesday against a visit by a Japanese minister. Protesters threw rocks at"
        + " officers."))
        .contains("ASSAULT/crowd-control 175 KOR:COP -> KOR:EDU asserted",
            "PROTEST/riot 145 KOR:CVL -> KOR:COP asserted")
        .noneMatch(s -> s.contains("KOR:GOV") || s.contains("JPN:CVL"));
  }

  @Test
  void namedAgentsKeepTheirOwnCountry() {
    assertThat(summaries("MADRID, Spain (AP)_ Police arrested three suspected members of the Basque"
        + " separatist group ETA near the French border. French police arrested two others."))
        .contains("COERCE/arrest 173 FRA:COP asserted");
    assertThat(summaries("Indian police raided three homes in New Delhi on Monday."))
        .containsExactly("COERCE/seize 171 IND:COP -> IND asserted"); // h141: the homes' occupants at home
  }

  @Test
  void anAppealToAPublicGoesToItsCountry() {
    assertThat(summaries("Mexico appealed to international opinion, and American opinion in particular,"
        + " to stop the deportations.")).containsExactly("REQUEST 100 MEX:GOV -> USA asserted");
    assertThat(summaries("Havana appealed to world opinion, and Spanish opinion in particular, to help"
        + " free three fishermen held in Madrid.")).containsExactly("REQUEST 100 CUB:GOV -> ESP asserted");
  }

  @Test
  void anAppealToNoNationalPublicHasNoTarget() {
    assertThat(summaries("Mexico appealed to world opinion to stop the deportations."))
        .containsExactly("REQUEST 100 MEX:GOV asserted");
  }
}
