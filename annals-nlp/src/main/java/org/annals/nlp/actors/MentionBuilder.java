package org.annals.nlp.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.kb.Entity;
import org.annals.kb.KnowledgeBase;
import org.annals.kb.Role;
import org.annals.model.ActorRef;
import org.annals.model.Dependency;
import org.annals.model.Sentence;
import org.annals.model.Token;
import org.annals.nlp.ActorMention;

/**
 * Merges adjacent pieces into actor phrases (adjective/country/metonym + role/agent + person,
 * person + "administration") and resolves each phrase to one {@link ActorRef}. Stateless apart
 * from the read-only KB; thread-safe.
 */
final class MentionBuilder {
  private final KnowledgeBase kb;
  private final SceneCountry scenes;
  private final OrgNames orgNames;

  MentionBuilder(KnowledgeBase kb, SceneCountry scenes, OrgNames orgNames) {
    this.kb = kb;
    this.scenes = scenes;
    this.orgNames = orgNames;
  }

  List<ActorMention> build(Sentence s, String text, List<Piece> all, ArticleContext ctx) {
    List<Piece> found = PieceJoins.ethnicPeoples(s, all);
    GroupPhrases.Found groups = GroupPhrases.find(s, hosts(s, found));
    List<Piece> pieces = groups.pieces();
    List<ActorMention> out = new ArrayList<>();
    List<Piece> group = new ArrayList<>();
    ctx.enter(s.index(), scenes.of(s, found)); // a mission's host is still where the scene is
    for (int k = 0; k < pieces.size(); k++) {
      Piece p = pieces.get(k);
      if (!group.isEmpty() && (p.kind() == Piece.Kind.PRONOUN || !PieceJoins.joins(s, group, p))) {
        resolve(s, text, group, groups, ctx).ifPresent(out::add);
        group = new ArrayList<>();
      }
      if (p.kind() == Piece.Kind.PRONOUN) {
        Piece relative = RelativeAntecedents.of(s, p, out); // "Manila, which said it would"
        Piece resolved = relative != null ? relative : antecedent(s, p, ctx);
        Piece owned = k + 1 < pieces.size() ? owned(s, resolved, pieces.get(k + 1)) : null;
        if (owned != null) {
          pieces = new ArrayList<>(pieces);
          pieces.set(k + 1, owned); // "its jets": one mention, the jets of what "its" refers to
          continue;
        }
        if (resolved != null) {
          resolve(s, text, List.of(resolved), ctx).ifPresent(out::add);
        }
        continue;
      }
      group.add(p);
    }
    if (!group.isEmpty()) {
      resolve(s, text, group, groups, ctx).ifPresent(out::add);
    }
    return Appositions.referBack(Appositions.described(s, Respectively.paired(s, out, ctx), ctx));
  }

  /**
   * The mention of a group of merged pieces; when its office or agent stands with several
   * countries ({@link GroupPhrases}), one mention over the whole phrase whose members are the
   * office resolved with each country (rule {@code group:coordinated>...}).
   */
  private Optional<ActorMention> resolve(Sentence s, String text, List<Piece> group,
      GroupPhrases.Found groups, ArticleContext ctx) {
    List<Piece> extras = group.stream().map(p -> groups.extras().get(p.first()))
        .filter(x -> x != null).findFirst().orElse(List.of());
    Optional<ActorMention> main = resolve(s, text, group, ctx);
    if (main.isEmpty() || extras.isEmpty() || group.stream().noneMatch(Piece::countryLike)) {
      return main;
    }
    List<Piece> countries = new ArrayList<>(extras);
    Piece own = group.stream().filter(Piece::countryLike).findFirst().orElseThrow();
    countries.add(own);
    countries.sort(java.util.Comparator.comparingInt(Piece::first));
    int first = Math.min(main.get().firstToken(), countries.get(0).first());
    if (first > 0 && s.tokens().get(first - 1).lemma().equalsIgnoreCase("the")) {
      first--; // "the Peruvian, Chilean and Bolivian ministers"
    }
    int last = Math.max(main.get().lastToken(), countries.get(countries.size() - 1).last());
    List<ActorRef> members = new ArrayList<>();
    ActorRef ownRef = null;
    for (Piece c : countries) {
      List<Piece> variant = new ArrayList<>(group);
      variant.replaceAll(p -> p.countryLike() ? c : p);
      Phrase ph = Phrase.of(variant, kb);
      ActorRef r = ph.toRef(kb, ctx, orgNames, false, true, rangeText(s, text, first, last),
          start(s, first), end(s, last));
      if (r == null) {
        return main;
      }
      r = r.withRule("group:coordinated>" + r.rule());
      remember(ctx, ph, r, s.tokens().get(last), false, false, false);
      members.add(r);
      ownRef = c == own ? r : ownRef;
    }
    return Optional.of(new ActorMention(s.index(), first, last, main.get().head(), ownRef, members));
  }

  /**
   * "the Ruritanian ambassador to France", "US Ambassador to Germany Jane Doe", "the embassy in
   * Paris": the host country after a mission's "to" or "in" joins the mission's piece and names
   * no actor; the sender is the country before, else the article's.
   */
  private List<Piece> hosts(Sentence s, List<Piece> pieces) {
    List<Piece> out = new ArrayList<>(pieces.size());
    for (int k = 0; k < pieces.size(); k++) {
      Piece p = pieces.get(k);
      Piece host = k + 1 < pieces.size() ? pieces.get(k + 1) : null;
      boolean office = p.kind() == Piece.Kind.ROLE || p.kind() == Piece.Kind.AGENT;
      if (office && host != null && host.countryLike() && host.entity() != null && mission(s, p)
          && hostGap(s, p.last(), host.first())) {
        out.add(new Piece(p.first(), host.last(), p.kind(), p.entity(), p.office(), p.sector(),
            p.rule() + ActorResolver.MISSION_HOST + host.entity().country(), p.personName(), p.antecedent()));
        k++;
      } else {
        out.add(p);
      }
    }
    return out;
  }

  private boolean mission(Sentence s, Piece p) {
    for (int j = p.first(); j <= p.last(); j++) {
      if (orgNames.mission(s.tokens().get(j).word())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "to", "in", "to the" between a mission and its host, or inside the mission's own words (the
   * Phoenix agent "AMBASSADOR TO"), with only "the" left between.
   */
  private static boolean hostGap(Sentence s, int mission, int host) {
    int j = mission + 1;
    if (!isHostPreposition(s.tokens().get(mission))) {
      if (host < mission + 2 || !isHostPreposition(s.tokens().get(mission + 1))) {
        return false;
      }
      j++;
    }
    for (; j < host; j++) {
      if (!s.tokens().get(j).word().equalsIgnoreCase("the")) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHostPreposition(Token t) {
    return t.word().equalsIgnoreCase("to") || t.word().equalsIgnoreCase("in");
  }

  /** A pronoun with the person or group it refers back to, or null when there is none. */
  private static Piece antecedent(Sentence s, Piece p, ArticleContext ctx) {
    String w = p.personName();
    boolean personal = !(w.startsWith("it") || w.startsWith("the"));
    ActorRef ante = ctx.antecedent(personal, w.startsWith("the"), FirstNames.ofPronoun(w),
        subject(s, p.first()), p.first() == 0);
    return ante == null ? null : new Piece(p.first(), p.last(), Piece.Kind.PRONOUN, null, null, null,
        p.rule(), null, ante);
  }

  /**
   * "the Israeli military said its jets struck": an agent or office owned by a possessive pronoun
   * ("its jets", "their ambassador", "his spokesman") that refers back to an actor of known
   * country is of that country, not of the scene's; the piece covers both words and carries the
   * owner as its antecedent ({@link Phrase}: rule {@code +country-of-owner:}). Null when {@code
   * next} is no such agent or office.
   */
  private static Piece owned(Sentence s, Piece pronoun, Piece next) {
    if (pronoun == null || pronoun.antecedent() == null || pronoun.antecedent().country() == null
        || !s.tokens().get(pronoun.first()).pos().equals("PRP$")) {
      return null;
    }
    boolean office = next.kind() == Piece.Kind.AGENT || next.kind() == Piece.Kind.ROLE;
    boolean close = next.first() == pronoun.last() + 1 || PieceJoins.modifiersOnly(s, pronoun.last() + 1, next.first());
    if (!office || !close) {
      return null;
    }
    return new Piece(pronoun.first(), next.last(), next.kind(), next.entity(), next.office(),
        next.sector(), next.rule(), null, pronoun.antecedent());
  }

  private Optional<ActorMention> resolve(Sentence s, String text, List<Piece> group, ArticleContext ctx) {
    Phrase ph = Phrase.of(group, kb);
    int first = group.get(0).first();
    int last = group.get(group.size() - 1).last();
    ph.nounHead = s.tokens().get(last).isNoun();
    if (first > 0 && s.tokens().get(first - 1).lemma().equalsIgnoreCase("the")
        && group.get(0).kind() != Piece.Kind.PERSON) {
      first--;
    }
    if (group.size() > 1 && group.get(0).kind() == Piece.Kind.PERSON && first > 0
        && s.tokens().get(first - 1).lemma().equalsIgnoreCase("the")) {
      first--;
    }
    boolean definite = s.tokens().get(first).lemma().equalsIgnoreCase("the") // "The president said"
        || first > 0 && s.tokens().get(first - 1).lemma().equalsIgnoreCase("the");
    boolean plural = s.tokens().get(last).pos().endsWith("S") && s.tokens().get(last).isNoun();
    String body = bodyWord(s, first, last);
    ActorRef earlier = body != null && definite && !plural && bare(ph) ? ctx.body(body, ph.host) : null;
    String office = DefiniteOffices.word(s, group);
    ActorRef holder = earlier == null && definite && bare(ph) ? ctx.offices.earlier(office, ph, plural, s.index()) : null;
    ActorRef ref = earlier != null ? referBack(ph, earlier, body, rangeText(s, text, first, last),
        start(s, first), end(s, last))
        : holder != null ? DefiniteOffices.referBack(ph, holder, office, rangeText(s, text, first, last),
            start(s, first), end(s, last))
        : ph.toRef(kb, ctx, orgNames, definite && !plural, plural, rangeText(s, text, first, last),
            start(s, first), end(s, last));
    if (ref == null) {
      return Optional.empty();
    }
    ctx.offices.remember(office, ph, plural, ref, s.index()); // "Japan's foreign minister": "the minister" later
    if (body != null && earlier == null && ref.country() != null
        && (ph.country != null || ph.org != null && ph.org.country() != null)) {
      ctx.rememberBody(body, ref); // "the US Embassy in London": "the embassy" later is this one
    }
    boolean subject = subject(s, last);
    boolean reporting = SceneCountry.inside(SceneCountry.reportingClause(s), first);
    remember(ctx, ph, ref, s.tokens().get(group.get(group.size() - 1).last()), reporting,
        placeNamed(s, first, ref), subject, subject && reported(s, last));
    return Optional.of(new ActorMention(s.index(), first, last, last, ref));
  }

  private static final ReferenceWords WORDS = ReferenceWords.bundled();

  /** The first word of tokens {@code [first, last]} that names a body ("embassy", "ministry"), or null. */
  private static String bodyWord(Sentence s, int first, int last) {
    for (int j = first; j <= last; j++) {
      String lemma = s.tokens().get(j).lemma().toLowerCase(java.util.Locale.ROOT);
      if (WORDS.body(lemma) || WORDS.chamber(s.tokens().get(j).word())) {
        return lemma;
      }
    }
    return null;
  }

  /** Words that name no country, organisation or person of their own ("the ministry"). */
  private static boolean bare(Phrase ph) {
    return ph.country == null && ph.org == null && !ph.hasPerson() && !ph.isPronoun();
  }

  /**
   * "The embassy declined to comment" after "the US Embassy in London": the body named earlier in
   * the article with its country, before any guess from the article's main country.
   */
  private static ActorRef referBack(Phrase ph, ActorRef earlier, String body, String text, int start,
      int end) {
    // "The House" after "the United States House of Representatives": its own sector (LEG), if its word names one
    String sector = ph.sector != null ? ph.sector : earlier.sector();
    String cameo = ph.sector != null ? earlier.country() + ph.sector : earlier.cameo();
    return new ActorRef(text, earlier.name(), earlier.country(), sector, cameo,
        earlier.entity(), start, end,
        String.join("+", ph.rules) + "+definite:the-" + body + ">" + earlier.rule());
  }

  /**
   * A country or city named only as a place ("gathered in Accra", not "the police in Accra"), as
   * the state of a city ("Vienna, Austria") or as where a person is from ("Ada Mwangi from
   * Kenya"): no group a later "they" or "it" refers back to.
   */
  private static boolean placeNamed(Sentence s, int first, ActorRef ref) {
    if (ref.rule() == null || !PLACE_NAME.matcher(ref.rule()).matches() || first < 1) {
      return false;
    }
    String before = s.tokens().get(first - 1).word().toLowerCase(java.util.Locale.ROOT);
    String ner = first > 1 ? s.tokens().get(first - 2).ner() : "O";
    if (before.equals(",") && PLACE_NER.contains(ner)
        || (before.equals("from") || before.equals("of")) && ner.equals("PERSON")) {
      return true;
    }
    return !before.equals("of") && SceneCountry.locative(s, first);
  }

  private static final Set<String> PLACE_NER = Set.of("CITY", "LOCATION", "STATE_OR_PROVINCE");

  private static final Set<String> SUBJECT = Set.of("nsubj", "nsubj:pass");

  /**
   * Whether the token at {@code i} is a clause's subject, or the "of" noun of one ("thousands of
   * nurses").
   */
  private static boolean subject(Sentence s, int i) {
    for (Dependency d : s.dependencies()) {
      if (d.dependent() == i && SUBJECT.contains(d.relation())) {
        return true;
      }
      if (d.dependent() == i && d.relation().startsWith("nmod")) {
        int gov = d.governor();
        return s.dependencies().stream().anyMatch(e -> e.dependent() == gov && SUBJECT.contains(e.relation()));
      }
    }
    return false;
  }

  /**
   * Whether the subject at {@code i} is of a clause complementing another verb ("said Russia had
   * violated"): its verb is a {@code ccomp}.
   */
  private static boolean reported(Sentence s, int i) {
    for (Dependency d : s.dependencies()) {
      if (d.dependent() == i && SUBJECT.contains(d.relation())) {
        int gov = d.governor();
        return s.dependencies().stream().anyMatch(e -> e.dependent() == gov && e.relation().equals("ccomp"));
      }
    }
    return false;
  }

  /** The rule of a country's or capital's bare name. */
  private static final java.util.regex.Pattern PLACE_NAME =
      java.util.regex.Pattern.compile("kb:(country|capital):[^+>]*");

  /**
   * {@code reporting}: named in the clause that reports the sentence, which sets no focus; {@code
   * place}: named only as a place, no group a pronoun refers back to.
   */
  private static void remember(ArticleContext ctx, Phrase ph, ActorRef ref, Token lastToken,
      boolean reporting, boolean place, boolean subject) {
    remember(ctx, ph, ref, lastToken, reporting, place, subject, false);
  }

  /** As above; {@code reported}: the subject of a clause a verb reports ("said Russia had ..."). */
  private static void remember(ArticleContext ctx, Phrase ph, ActorRef ref, Token lastToken,
      boolean reporting, boolean place, boolean subject, boolean reported) {
    if (ph.isPersonal()) {
      String surname = ref.name() != null && ref.name().contains(" ")
          ? ArticleContext.surnameOf(ref.name()) : lastToken.word();
      ctx.rememberPerson(surname, ref);
      String given = ref.name() == null ? null : ArticleContext.givenNameOf(ref.name());
      if (given != null && ctx.surname(given) == null) {
        ctx.rememberPerson(given, ref); // "Mohammad bin Salman ... Mohammad's admission"
      }
    } else if (ref.country() != null && !isRegion(ref) && !place) {
      ctx.rememberGroup(ref, subject, lastToken.pos().equals("NNS"), reported); // "they" is no continent or region ("across Africa ... they attack")
    }
    if (ref.country() != null && ref.country().length() == 3 && !ph.isPronoun() && !reporting
        && !isRegion(ref) && !international(ref)) {
      ctx.focus(ref.country());
      if (ref.rule() == null || !PLACE_NAME.matcher(ref.rule()).matches()) {
        ctx.countPerson(ref.country()); // not "flights to Cuba"
      }
    }
  }

  /**
   * An international body ("the EU", "Amnesty"): no country an unknown person or a bare agent of the
   * article is of, so it sets no focus and counts for none (h99: "IGO" as a person's country).
   */
  private static boolean international(ActorRef ref) {
    return "IGO".equals(ref.country()) || "NGO".equals(ref.country());
  }

  private static boolean isRegion(ActorRef ref) {
    return ref.entity() != null && ref.entity().startsWith("region/");
  }

  private static String rangeText(Sentence s, String text, int first, int last) {
    return text.substring(start(s, first), end(s, last));
  }

  private static int start(Sentence s, int first) {
    return s.tokens().get(first).start();
  }

  private static int end(Sentence s, int last) {
    return s.tokens().get(last).end();
  }

  /** The office a person held on a date, if the KB knows one. */
  static Optional<Role> roleOn(KnowledgeBase kb, String personId, LocalDate date) {
    if (date == null) {
      return Optional.empty();
    }
    return kb.roles(personId).stream().filter(r -> r.heldOn(date)).findFirst();
  }

  static String countryOf(Entity e) {
    return e == null ? null : e.country();
  }
}
