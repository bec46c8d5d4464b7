package org.annals.nlp.actors;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.nlp.text.WordLists;

/**
 * What the actor resolver remembers while reading one article: persons by surname, the country
 * in focus, the last person and the last group mentioned. One instance per article call;
 * confined to one thread.
 */
final class ArticleContext {
  final LocalDate date;
  private final Map<String, ActorRef> bySurname = new HashMap<>();
  String focusCountry;
  /** Sentences a pronoun may reach back: "he" four sentences after the last person named is anyone. */
  static final int PRONOUN_REACH = 3;
  ActorRef lastPerson;
  /** The actors named with an office and their country, for a later "the minister". */
  final DefiniteOffices offices = new DefiniteOffices();
  ActorRef lastGroup;
  /** The countries of the groups named in {@link #lastGroup}'s sentence. */
  private final Set<String> groupCountries = new HashSet<>();
  private int sentence;
  private int lastPersonAt;
  private int lastGroupAt;
  /**
   * The country of the current sentence's scene (MentionBuilder: named as a place, else a
   * nationality adjective, else named at all), for agents and persons the KB does not know.
   */
  String sentenceCountry;
  /**
   * The country of the first scene the article names as a place ("in Christchurch"): where its
   * story happens, for agents of sentences that name no country.
   */
  String homeCountry;
  /** The country of a city the current sentence names other than as a place ("the Lagos streets"). */
  private String weakCountry;

  ArticleContext(LocalDate date) {
    this.date = date;
  }

  /** Enters sentence {@code index}, whose scene is {@code scene} (null when it names none). */
  void enter(int index, SceneCountry.Scene scene) {
    sentence = index;
    scene(scene);
  }

  /**
   * The person or group a pronoun refers back to, if named within {@link #PRONOUN_REACH} sentences;
   * a {@code plural} one ("they") after groups of several countries in one sentence has none; a
   * gendered one ("she") after a person of the other gender goes to the last person of its gender,
   * and after a person of unknown gender too when one of its gender was named within reach;
   * a {@code subject} group pronoun ("they demanded") goes to the last group named as a subject in
   * this sentence or the one before, over groups named since as objects or places. A gendered
   * pronoun that opens its sentence ({@code opening}) and refers to a person whose first name has no known
   * gender gives the person its gender ({@link #learn}); a pronoun inside the sentence ("the guns
   * he used", after two persons) is too often another's to teach one.
   */
  ActorRef antecedent(boolean personal, boolean plural, FirstNames.Gender gender, boolean subject,
      boolean opening) {
    ActorRef a = personal ? lastPerson : plural || !lastGroupPlural ? lastGroup : null; // "officials said it killed": not them
    int at = personal ? lastPersonAt : lastGroupAt;
    if (plural && groupCountries.size() > 1) {
      return null; // "they" after groups of several countries: all of them, so no one of them
    }
    if (!personal && subject && speakerGroup != null && speakerGroupAt == lastSubjectGroupAt
        && sentence - speakerGroupAt == 1 && plural == speakerGroupPlural) {
      return speakerGroup; // "NATO said Russia had violated ... It urged": NATO, not Russia (h109)
    }
    if (!personal && subject && lastSubjectGroup != null && sentence - lastSubjectGroupAt <= 1
        && (plural || !lastSubjectGroupPlural)) {
      return lastSubjectGroup; // "nurses rallied outside the ministry as they demanded": the nurses
    }
    FirstNames.Gender last = personal && gender != null && lastPerson != null ? genderOf(lastPerson) : null;
    Named named = personal && gender != null ? lastByGender.get(gender) : null;
    if (last != null && last != gender) {
      a = named == null ? null : named.ref(); // "she" after a man was named: the last woman, if any
      at = named == null ? at : named.sentence();
    } else if (last == null && named != null && sentence - named.sentence() <= PRONOUN_REACH) {
      a = named.ref(); // "she" after a person of unknown gender: the last woman named, if any
      at = named.sentence();
    }
    ActorRef found = a != null && sentence - at <= PRONOUN_REACH ? a : null;
    if (opening && personal && gender != null && found != null && genderOf(found) == null) {
      learn(found, gender, at); // "Zanele Mokoena arrived. She met ...": Zanele is a woman from now on
    }
    return found;
  }

  /**
   * The gender a personal pronoun gave a person whose first name has none known ({@link
   * FirstNames}), by name: a later "she" after a man is named then still reaches her.
   */
  private final Map<String, FirstNames.Gender> learned = new HashMap<>();

  private void learn(ActorRef person, FirstNames.Gender gender, int at) {
    String key = nameOf(person);
    if (key == null) {
      return;
    }
    learned.put(key, gender);
    Named named = lastByGender.get(gender);
    if (named == null || named.sentence() <= at) {
      lastByGender.put(gender, new Named(person, at));
    }
  }

  /** A person named in sentence {@code sentence}. */
  private record Named(ActorRef ref, int sentence) {}

  /** The last person of each gender named ({@link FirstNames}). */
  private final Map<FirstNames.Gender, Named> lastByGender = new java.util.EnumMap<>(FirstNames.Gender.class);

  private FirstNames.Gender genderOf(ActorRef person) {
    String name = nameOf(person);
    FirstNames.Gender known = FirstNames.of(name);
    return known != null ? known : learned.get(name);
  }

  /** The person's KB name, else the words that named it: what genders are known and learned by. */
  private static String nameOf(ActorRef person) {
    return person.name() != null ? person.name() : person.text();
  }

  /** The last group named as a clause's subject, for a subject pronoun (subject parallelism). */
  private ActorRef lastSubjectGroup;
  private int lastSubjectGroupAt;

  /** Whether {@link #lastGroup} was named by a plural common noun ("officials"): no "it" (h103). */
  private boolean lastGroupPlural;
  private boolean lastSubjectGroupPlural;

  /** A group named in the current sentence; {@code subject}: as a clause's subject. */
  void rememberGroup(ActorRef ref, boolean subject) {
    rememberGroup(ref, subject, false);
  }

  /**
   * The group named as the subject of a sentence's main clause when that sentence's last subject
   * group was named inside what it reported ("NATO said Russia had violated its airspace"): a
   * subject pronoun of the next sentence of its number refers to the speaker (h109).
   */
  private ActorRef speakerGroup;
  private int speakerGroupAt = -1;
  private boolean speakerGroupPlural;

  /**
   * As {@link #rememberGroup(ActorRef, boolean, boolean)}; {@code reported}: named as the subject
   * of a clause a reporting verb governs, which leaves the main clause's subject the speaker.
   */
  void rememberGroup(ActorRef ref, boolean subject, boolean plural, boolean reported) {
    if (subject && !reported) {
      speakerGroup = ref;
      speakerGroupAt = sentence;
      speakerGroupPlural = plural;
    } else if (subject && speakerGroupAt != sentence) {
      speakerGroup = null;
    }
    rememberGroup(ref, subject, plural);
  }

  /** As {@link #rememberGroup(ActorRef, boolean)}; {@code plural}: named by a plural common noun. */
  void rememberGroup(ActorRef ref, boolean subject, boolean plural) {
    lastGroupPlural = plural;
    if (subject) {
      lastSubjectGroupPlural = plural;
      lastSubjectGroup = ref;
      lastSubjectGroupAt = sentence;
    }
    if (lastGroupAt != sentence) {
      groupCountries.clear();
    }
    groupCountries.add(ref.country());
    lastGroup = ref;
    lastGroupAt = sentence;
  }

  /**
   * The country of the article's wire dateline ({@link WireDateline}): its home from the start,
   * before any scene the sentences name.
   */
  void dateline(String country) {
    homeCountry = country;
  }

  /** Enters a sentence's scene (null when it names none). */
  void scene(SceneCountry.Scene scene) {
    boolean weak = scene != null && scene.weak();
    sentenceCountry = scene == null || weak ? null : scene.country();
    sentenceAdjectival = scene != null && scene.adjectival();
    sentenceLocated = scene != null && scene.located();
    weakCountry = weak ? scene.country() : null;
    if (homeCountry == null && scene != null && scene.located()) {
      homeCountry = scene.country();
    }
  }

  /**
   * The country for an actor that names none: the sentence's, the article's home, the country of
   * a city the sentence names other than as a place, the last named.
   */
  String contextCountry() {
    return sentenceCountry != null ? sentenceCountry : homeCountry != null ? homeCountry
        : weakCountry != null ? weakCountry : focusCountry;
  }

  /**
   * The country for an agent that names none ("police", "protesters"): as {@link
   * #contextCountry()}, except that a sentence whose scene is only a nationality adjective ("police
   * arrested a Syrian refugee") yields to the article's home: the agents act where the story
   * happens, the nationality is someone else's.
   */
  String agentCountry() {
    return agentCountry(false);
  }

  /**
   * As {@link #agentCountry()}; an agent named by a noun ({@code noun}: "police had detained four
   * Serbian nationals"), in an article with no home yet, takes the article's main country over the
   * nationality (h109); an adjective ("a military aid program for Bosnian forces") does not.
   */
  String agentCountry(boolean noun) {
    if (!sentenceAdjectival) {
      return contextCountry();
    }
    String main = noun ? mainCountry() : null;
    return homeCountry != null ? homeCountry : main != null ? main : contextCountry();
  }

  /**
   * The country of a definite state body that names none ("the junta", "the army"): the article's
   * main country ({@link #mainCountry()}) unless the sentence names its scene as a place ("the
   * army in Goma"); a country the sentence only speaks of ("the junta accused France") is whom it
   * deals with, not its own (h109). Null when neither holds.
   */
  String definiteBodyCountry() {
    String main = mainCountry();
    return sentenceLocated || main == null ? null : main;
  }

  /** Whether the current sentence's scene is only a nationality adjective. */
  private boolean sentenceAdjectival;

  /** Whether the current sentence names its scene as a place ("in Lima"). */
  private boolean sentenceLocated;

  /**
   * The country for a person the KB does not know and whose own words name none ("Ana Ruiz", "Judge
   * Ana Ruiz"): the scene the sentence names as a place ("Ana Ruiz spoke in Lima"), else the
   * country whose persons and bodies the article has named most so far ({@link #countPerson}),
   * with {@code main} true; the sentence's other
   * countries (a nationality adjective on something else, "at an Irish pub"; a country spoken of,
   * "the talks with Ruritania") are what the person deals with, not theirs, and the article's
   * home is where its story began. Before any country is counted, the article's home when the
   * sentence names no place of its own (h130), else as {@link #contextCountry()}.
   */
  Guess personCountry() {
    if (sentenceLocated && sentenceCountry != null) {
      return new Guess(sentenceCountry, false);
    }
    String main = mostNamed(people, null);
    if (main != null) {
      return new Guess(main, true);
    }
    // "Fighting resumed in eastern Congo. Army spokesman X accused Rwanda": a country the sentence
    // only speaks of is whom the person deals with; the article's home is where the story is (h130)
    return new Guess(!sentenceLocated && homeCountry != null ? homeCountry : contextCountry(), false);
  }

  /**
   * How many persons and bodies of each country the article has named so far: its own words gave
   * the country ("US Secretary of State X", "the Cuban foreign ministry"), a bare country's or
   * capital's name aside ("flights to Cuba"), which may name a place.
   */
  private final Map<String, Integer> people = new HashMap<>();

  /** Counts a person or body of {@code country} named other than by a bare country's name. */
  void countPerson(String country) {
    people.merge(country, 1, Integer::sum);
  }

  /** The key counted most in {@code counts}, {@code tie} among equals when it is one; or null. */
  private static String mostNamed(Map<String, Integer> counts, String tie) {
    String best = tie;
    int most = best == null ? 0 : counts.getOrDefault(best, 0);
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }

  /** A guessed country; {@code main}: the article's most named, not the sentence's scene. */
  record Guess(String country, boolean main) {}

  /** How many actors of each country the article has named so far (reporting clauses aside). */
  private final Map<String, Integer> named = new HashMap<>();

  /** Counts an actor of {@code country} and makes it the country in focus. */
  void focus(String country) {
    focusCountry = country;
    named.merge(country, 1, Integer::sum);
  }

  /**
   * The country a bare office ("the government", "the president") belongs to: the one the
   * article has named most so far, the last named among equals; null before any.
   */
  String mainCountry() {
    return mostNamed(named, focusCountry);
  }

  /** The article's country other than {@code not}: its home, else the most named; or null. */
  String articleCountry(String not) {
    if (homeCountry != null && !homeCountry.equals(not)) {
      return homeCountry;
    }
    String main = mainCountry();
    return main != null && !main.equals(not) ? main : null;
  }

  /** The latest body named with its country, by the word that names it ("embassy"). */
  private final Map<String, ActorRef> bodies = new HashMap<>();

  /** Remembers a body named with its country, for a later "the embassy", "the ministry". */
  void rememberBody(String word, ActorRef ref) {
    bodies.put(word, ref);
  }

  /**
   * The latest body named {@code word} with its country, or null; never one of country {@code host}
   * ("the embassy in Madrid" is no Spanish body).
   */
  ActorRef body(String word, String host) {
    ActorRef r = bodies.get(word);
    return r == null || r.country() == null || r.country().equals(host) ? null : r;
  }

  /** Generational suffixes, which are no surname ("Edward J. DeBartolo Jr." is DeBartolo; h98). */
  private static final Set<String> SUFFIXES = WordLists.bundled().get("name-suffix");

  /** The surname of a full name: its last word that is no generational suffix. */
  static String surnameOf(String name) {
    String[] words = name.trim().split("[\\s,]+");
    for (int i = words.length - 1; i > 0; i--) {
      if (!SUFFIXES.contains(words[i].toLowerCase(Locale.ROOT))) {
        return words[i];
      }
    }
    return words[0];
  }

  /** Words that join a given name to a father's name ("Mohammad bin Salman"). */
  private static final Set<String> PATRONYMIC = WordLists.bundled().get("patronymic-particle");

  /**
   * The given name a person of a patronymic name is referred back to by ("Mohammad bin Salman",
   * "Prince Faisal bin Turki" are later "Mohammad", "Faisal"; h98): the word before the first
   * "bin", "ibn" or "bint"; null for any other name.
   */
  static String givenNameOf(String name) {
    String[] words = name.trim().split("\\s+");
    for (int i = 1; i < words.length - 1; i++) {
      if (PATRONYMIC.contains(words[i].toLowerCase(Locale.ROOT))) {
        return words[i - 1];
      }
    }
    return null;
  }

  ActorRef surname(String word) {
    return bySurname.get(word.toLowerCase(Locale.ROOT));
  }

  /**
   * A person remembered as {@code old} is now known as {@code ref} (a description gave their
   * country, {@link Appositions}): later surnames and pronouns that would refer to {@code old}
   * refer to {@code ref}, with no change to which person was named last.
   */
  void revisePerson(String surname, ActorRef old, ActorRef ref) {
    bySurname.put(surname.toLowerCase(Locale.ROOT), ref);
    if (same(lastPerson, old)) {
      lastPerson = ref;
    }
    lastByGender.replaceAll((g, n) -> same(n.ref(), old) ? new Named(ref, n.sentence()) : n);
  }

  private static boolean same(ActorRef a, ActorRef b) {
    return a != null && b != null && java.util.Objects.equals(a.name(), b.name());
  }

  void rememberPerson(String surname, ActorRef ref) {
    bySurname.put(surname.toLowerCase(Locale.ROOT), ref);
    lastPerson = ref;
    lastPersonAt = sentence;
    FirstNames.Gender gender = genderOf(ref);
    if (gender != null) {
      lastByGender.put(gender, new Named(ref, sentence));
    }
  }
}
