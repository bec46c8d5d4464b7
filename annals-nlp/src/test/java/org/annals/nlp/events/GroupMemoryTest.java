package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.model.ActorRef;
import org.junit.jupiter.api.Test;

/**
 * The article-level memory of groups ({@link GroupMemory}) on hand-made participants: the rule,
 * not the parser or the resolver, is under test.
 */
class GroupMemoryTest {

  private static ActorRef country(String code, int start) {
    return new ActorRef(code, code, code, "GOV", code + "GOV", "country/" + code, start, start + 3,
        "kb:country:" + code);
  }

  /** Participants of a later event whose subject is an anaphor the resolver read as {@code guess}. */
  private static Participants anaphor(String words, int count, boolean pronoun, ActorRef guess) {
    Participants p = new Participants();
    p.anaphor = true;
    p.anaphorCount = count;
    p.anaphorPronoun = pronoun;
    p.anaphorWords = words;
    if (guess != null) {
      p.anaphorRefs.add(guess);
      p.actor(guess);
    }
    return p;
  }

  private static List<String> countries(Participants p) {
    return p.actors.stream().map(ActorRef::country).toList();
  }

  @Test
  void everyMemberOfTheLatestGroupActs() {
    GroupMemory memory = new GroupMemory();
    memory.remember(List.of(country("KEN", 0), country("UGA", 10)), 0);
    Participants p = anaphor("the-ministers", 0, false, country("KEN", 40));
    assertThat(memory.fill(p, 1, false)).isTrue();
    assertThat(countries(p)).containsExactly("KEN", "UGA");
    assertThat(p.actors).allSatisfy(a -> assertThat(a.rule()).startsWith("group:the-ministers>kb:country:"));
  }

  @Test
  void aNumberWordThatDisagreesGivesNobodyNotTheGuess() {
    GroupMemory memory = new GroupMemory();
    memory.remember(List.of(country("NOR", 0), country("SWE", 10), country("FIN", 20)), 0);
    Participants p = anaphor("the-two-nations", 2, false, country("NOR", 40));
    assertThat(memory.fill(p, 1, false)).isFalse();
    assertThat(p.actors).isEmpty();
    Participants three = anaphor("all-three-nations", 3, false, null);
    assertThat(memory.fill(three, 1, false)).isTrue();
    assertThat(countries(three)).containsExactly("NOR", "SWE", "FIN");
  }

  @Test
  void oneActorOrOneCountryIsNoGroup() {
    GroupMemory memory = new GroupMemory();
    memory.remember(List.of(country("KEN", 0)), 0);
    memory.remember(List.of(country("KEN", 0), new ActorRef("police", null, "KEN", "COP", "KENCOP", null, 5, 11,
        "kb:agent:police")), 1);
    Participants p = anaphor("they", 0, true, null);
    assertThat(memory.fill(p, 2, false)).isFalse();
    assertThat(p.actors).isEmpty();
  }

  @Test
  void aGroupNamedLongBeforeServesOnlyAnEventDoneTogether() {
    GroupMemory memory = new GroupMemory();
    memory.remember(List.of(country("VNM", 0), country("PHL", 10)), 0);
    Participants late = anaphor("they", 0, true, null);
    assertThat(memory.fill(late, GroupMemory.REACH + 1, false)).isFalse();
    Participants together = anaphor("they", 0, true, null);
    assertThat(memory.fill(together, GroupMemory.REACH + 1, true)).isTrue();
    assertThat(countries(together)).containsExactly("VNM", "PHL");
  }

  @Test
  void aPronounTheResolverGaveToSomeoneOutsideTheGroupKeepsIt() {
    GroupMemory memory = new GroupMemory();
    memory.remember(List.of(country("VNM", 0), country("PHL", 10)), 0);
    Participants p = anaphor("they", 0, true, country("CHN", 40));
    assertThat(memory.fill(p, 1, false)).isFalse();
    assertThat(countries(p)).containsExactly("CHN");
  }
}
