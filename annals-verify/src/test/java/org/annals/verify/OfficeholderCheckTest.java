package org.annals.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.kb.BundledKnowledgeBase;
import org.annals.kb.KnowledgeBase;
import org.annals.model.Claim;
import org.annals.model.ClaimSubject;
import org.junit.jupiter.api.Test;

/** Office-holder claims against the bundled knowledge base's dated roles (no store needed). */
class OfficeholderCheckTest {
  private final KnowledgeBase kb = BundledKnowledgeBase.load();
  private final Verifier verifier = new Verifier();

  private Claim president(String name, String at) {
    String id = kb.persons(name).get(0).id();
    return Records.claim(ClaimSubject.KIND_OFFICEHOLDER, ClaimSubject.PERSON, name,
        ClaimSubject.PERSON_ID, id, ClaimSubject.OFFICE, "HEAD_OF_STATE",
        ClaimSubject.COUNTRY, "USA", ClaimSubject.AT, at);
  }

  @Test
  void bidenAdministrationInJuly2025IsContradicted() {
    Verdict v = verifier.verify(president("Joe Biden", "2025-07-01"), null, null, kb);
    assertThat(v.verdict()).isEqualTo(Outcome.CONTRADICTED);
    assertThat(v.reason()).startsWith("Joe Biden left office on 2025-01-20")
        .contains("; Donald Trump was President").contains(" on 2025-07-01");
    assertThat(v.evidence()).isEmpty();
  }

  @Test
  void heldOfficesAreSupportedAndFutureOnesContradicted() {
    assertThat(verifier.verify(president("Joe Biden", "2022-03-01"), null, null, kb).verdict())
        .isEqualTo(Outcome.SUPPORTED);
    assertThat(verifier.verify(president("Donald Trump", "2025-07-01"), null, null, kb).verdict())
        .isEqualTo(Outcome.SUPPORTED);
    Verdict early = verifier.verify(president("Joe Biden", "2020-06-01"), null, null, kb);
    assertThat(early.verdict()).isEqualTo(Outcome.CONTRADICTED);
    assertThat(early.reason()).startsWith("Joe Biden took office only on 2021-01-20");
  }

  @Test
  void unknownPersonsAndMissingKbAreNotCheckable() {
    Claim unknown = Records.claim(ClaimSubject.KIND_OFFICEHOLDER, ClaimSubject.PERSON,
        "Nobody Atall", ClaimSubject.OFFICE, "HEAD_OF_STATE", ClaimSubject.COUNTRY, "USA",
        ClaimSubject.AT, "2025-07-01");
    assertThat(verifier.verify(unknown, null, null, kb).reason())
        .isEqualTo("the knowledge base does not know Nobody Atall");
    assertThat(verifier.verify(president("Joe Biden", "2025-07-01"), null, null, null).verdict())
        .isEqualTo(Outcome.NOT_CHECKABLE);
    assertThat(List.of(Outcome.values())).extracting(Outcome::label)
        .containsExactly("supported", "contradicted", "not-checkable");
  }
}
