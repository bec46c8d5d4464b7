package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.model.CodedArticle;
import org.annals.model.CodedEvent;
import org.junit.jupiter.api.Test;

/**
 * h82, "missing target" of reactions and verbal acts: the object of a judgement is an act or a
 * thing, not a party, and the target is that act's author ({@link JudgedThings}, {@link
 * ActAuthors}, {@link DomesticRecipients}). Invented sentences; each cause has near sentences that
 * must keep no target (or the one they had).
 */
class ReactionTargetsTest extends CodingTestBase {
  private static final String DATE = "2024-03-12";

  /** An article about one country (Kenya), so that a matter at home has a basis. */
  private static final String KENYA = "Kenya's parliament passed a new housing levy on Tuesday.\n\n"
      + "Kenyan lawmakers debated the bill for three days. The levy will take 1.5 percent of every Kenyan"
      + " worker's salary, and the Kenyan government says it will fund new homes.\n\n";

  private static final String HUNGARY = "Hungary's parliament voted on Tuesday to extend the state of emergency"
      + " by six months.\n\nHungarian opposition parties boycotted the session. Hungary has been under emergency"
      + " rule since 2020, and the government says the powers are needed because of the war in neighbouring"
      + " Ukraine.\n\n";

  /** The recipients ("-> CC:SECTOR", or "" for none) of the one event whose trigger starts with {@code word}. */
  private static String recipients(String text, String word) {
    CodedArticle coded = code(text, DATE);
    List<CodedEvent> found = coded.events().stream()
        .filter(e -> e.evidence().trigger().text().startsWith(word)).toList();
    assertThat(found).as("events of '%s' in: %s%n%s", word, text, explain(coded)).hasSize(1);
    String s = summary(found.get(0));
    return s.contains(" -> ") ? s.replaceAll("^.*? -> ", "-> ")
        .replaceAll(" (asserted|negated|hypothetical|future|speculative)$", "") : "";
  }

  /** The rule of the first recipient of the one event whose trigger starts with {@code word}. */
  private static String recipientRule(String text, String word) {
    CodedEvent e = code(text, DATE).events().stream()
        .filter(x -> x.evidence().trigger().text().startsWith(word)).findFirst().orElseThrow();
    return e.recipients().isEmpty() ? "" : e.recipients().get(0).rule();
  }

  @Test
  void aNamingsOrAVerdictsJudgedThingOfAStatesDoingIsTheJudgesCountrys() {
    assertThat(recipients(KENYA + "Kenyan union leader Francis Atwoli said the measure was \"nowhere near enough.\"",
        "nowhere")).isEqualTo("-> KEN");
    assertThat(recipients(KENYA + "Kenyan opposition leader Kalonzo Musyoka said the budget was \"a disgrace.\"",
        "disgrace")).isEqualTo("-> KEN");
    assertThat(recipients(KENYA + "Kenyan bishops said the levy was unjust.", "unjust")).isEqualTo("-> KEN");
    assertThat(recipients(KENYA + "Kenyan senator Okiya Omtatah referred to the vote as \"a sham.\"", "referred"))
        .isEqualTo("-> KEN");
    String hungary = HUNGARY + "Hungarian opposition leader Peter Magyar referred to the vote as"
        + " \"a shameful political stunt.\"";
    assertThat(recipients(hungary, "referred")).isEqualTo("-> HUN");
    assertThat(recipientRule(hungary, "referred")).contains("+judged-matter+country-of-article:HUN");
  }

  @Test
  void aJudgedThingNoStateDoesAForeignJudgeOrNoJudgeGivesNoTarget() {
    assertThat(recipients(KENYA + "Kenyan senator Okiya Omtatah referred to the weather as \"a disgrace.\"",
        "referred")).isEmpty();
    assertThat(recipients(KENYA + "Tanzanian opposition leader Tundu Lissu said the budget was \"a disgrace.\"",
        "disgrace")).isEmpty();
    assertCodes(KENYA + "Analysts said the measure was \"nowhere near enough.\"", DATE);
    assertThat(recipients(KENYA + "Kenyan senator Okiya Omtatah said Uganda's budget was \"a disgrace.\"",
        "disgrace")).isEqualTo("-> UGA:GOV");
    // one sentence alone: no country the article is about
    assertThat(recipients("Hungarian opposition leader Peter Magyar referred to the vote as \"a shameful stunt.\"",
        "referred")).isEmpty();
  }

  @Test
  void aDefiniteAttackNounIsTheAttackOfItsWordTheArticleReported() {
    String poland = "A man stabbed two Polish police officers outside a station in Krakow on Friday, police said.\n\n"
        + "The officers were taken to hospital and are in stable condition. Polish police arrested a suspect at the"
        + " scene. The motive is not yet known, and Polish prosecutors have opened an investigation into the"
        + " incident in Poland's second city.\n\n";
    // the parser makes "the" the object and hangs "stabbing" under it
    assertThat(recipients(poland + "Polish Interior Minister Tomasz Siemoniak called the stabbing \"an act of utter"
        + " cruelty.\"", "called")).isEqualTo("-> POL:UAF");
    assertThat(recipients("Masked men stabbed a Georgian opposition activist outside his home in Tbilisi on"
        + " Thursday, his party said.\n\nThe activist was taken to hospital with wounds to his chest and arms."
        + " Georgian police detained two suspects later that night. The party has organised rallies against the"
        + " government for months, and the Georgian capital has seen several large marches since the spring.\n\n"
        + "Georgian President Salome Zourabichvili called the stabbing \"an act of political terror.\"", "called"))
        .isEqualTo("-> GEO:CVL"); // the stabbers, not the wounded activist of a later assault
    assertThat(recipients("Armed men shot dead four Colombian police officers at a checkpoint near Cali on Saturday,"
        + " the army said.\n\nThe attackers escaped on motorbikes, according to witnesses. The region has long been"
        + " a stronghold of armed groups, and Colombian troops were sent to the area last year. Shops in the town"
        + " stayed closed on Sunday, and Colombian officials promised more patrols on the roads.\n\n"
        + "Colombian Defence Minister Ivan Velasquez called the killing \"an act of utter cruelty.\"", "called"))
        .isEqualTo("-> COL:UAF");
  }

  @Test
  void aDefiniteAttackNounWithNoSuchActReportedGivesNoTarget() {
    assertThat(recipients("Farmers blocked roads near Krakow on Friday to demand higher prices for grain, Polish"
        + " police said.\n\nThe protest lasted several hours and traffic on the main road to Warsaw came to a halt."
        + " Polish farmers have held similar protests for months, and the Polish government has promised talks"
        + " with their unions next week.\n\nPolish Interior Minister Tomasz Siemoniak called the stabbing \"an act"
        + " of utter cruelty.\"", "called the")).isEmpty();
  }

  @Test
  void theAuthorAJudgedThingsParticipleOrRelativeClauseNames() {
    assertThat(recipients("Ukraine said the referendum organised by Russia was a sham.", "sham"))
        .isEqualTo("-> RUS:GOV");
    assertThat(recipients("Chile said the measures taken by Argentina were unacceptable.", "unacceptable"))
        .isEqualTo("-> ARG:GOV");
    assertThat(recipients("Germany condemned the strikes carried out by Russian forces.", "condemned"))
        .isEqualTo("-> RUS:MIL");
    assertThat(recipients("Norway criticised the report written by the British journalist.", "criticised"))
        .isEqualTo("-> GBR:JRN");
    assertThat(recipients("The Kenyan opposition rejected the budget that the Ugandan government presented.",
        "rejected")).isEqualTo("-> UGA:GOV");
    assertThat(recipients("Brazil rejected the claims that Argentina made about its debts.", "rejected"))
        .isEqualTo("-> ARG:GOV");
    assertThat(recipientRule("Ukraine said the referendum organised by Russia was a sham.", "sham"))
        .endsWith("+act-by:participle");
  }

  @Test
  void whoUnderwentAJudgedThingOrWhatAClaimSaysIsNoAuthor() {
    assertThat(recipients("Israel condemned the losses suffered by the Lebanese army.", "condemned")).isEmpty();
    assertThat(recipients("Moscow rejected claims that Russian hackers interfered.", "rejected")).isEmpty();
    assertThat(recipients("Japan criticised China's decision to expand its air defence zone.", "criticised"))
        .isEqualTo("-> CHN:GOV");
    assertThat(recipients("Peru criticised the law which the Bolivian congress approved.", "criticised"))
        .isEqualTo("-> BOL:LEG");
  }

  @Test
  void aNamingsToPhraseAndAVerdictsSubjectAreJudgedOnlyForTheirRules() {
    LexiconEntry plain = LexiconEntry.builtIn("test.plain", new LexiconEntry.Element(java.util.Set.of("x"),
        LexiconEntry.Pos.ANY, false), "111", org.annals.model.Ontology.standard(), java.util.Set.of());
    assertThat(JudgedThings.judging("obl:to", plain)).isFalse();
    assertThat(JudgedThings.judging("nsubj", plain)).isFalse();
    LexiconEntry naming = LexiconEntry.builtIn("test.naming", new LexiconEntry.Element(java.util.Set.of("x"),
        LexiconEntry.Pos.ANY, false), "111", org.annals.model.Ontology.standard(),
        java.util.Set.of(LexiconEntry.Flag.COMPLEMENT_TARGET));
    assertThat(JudgedThings.judging("obl:to", naming)).isTrue();
    assertThat(JudgedThings.judging("nsubj", naming)).isFalse();
  }
}
