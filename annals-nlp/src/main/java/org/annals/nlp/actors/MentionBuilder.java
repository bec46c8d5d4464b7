package org.annals.nlp.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annals.kb.Entity;
import org.annals.kb.KnowledgeBase;
import org.annals.kb.Role;
import org.annals.model.ActorRef;
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

  MentionBuilder(KnowledgeBase kb, SceneCountry scenes) {
    this.kb = kb;
    this.scenes = scenes;
  }

  List<ActorMention> build(Sentence s, String text, List<Piece> pieces, ArticleContext ctx) {
    List<ActorMention> out = new ArrayList<>();
    List<Piece> group = new ArrayList<>();
    ctx.enter(s.index(), scenes.of(s, pieces));
    for (Piece p : pieces) {
      if (!group.isEmpty() && (p.kind() == Piece.Kind.PRONOUN || !joins(s, group, p))) {
        resolve(s, text, group, ctx).ifPresent(out::add);
        group = new ArrayList<>();
      }
      if (p.kind() == Piece.Kind.PRONOUN) {
        Piece resolved = antecedent(p, ctx);
        if (resolved != null) {
          resolve(s, text, List.of(resolved), ctx).ifPresent(out::add);
        }
        continue;
      }
      group.add(p);
    }
    if (!group.isEmpty()) {
      resolve(s, text, group, ctx).ifPresent(out::add);
    }
    return out;
  }

  /** A pronoun with the person or group it refers back to, or null when there is none. */
  private static Piece antecedent(Piece p, ArticleContext ctx) {
    String w = p.personName();
    boolean personal = !(w.startsWith("it") || w.startsWith("the"));
    ActorRef ante = ctx.antecedent(personal);
    return ante == null ? null : new Piece(p.first(), p.last(), Piece.Kind.PRONOUN, null, null, null,
        p.rule(), null, ante);
  }

  private static boolean joins(Sentence s, List<Piece> group, Piece p) {
    Piece last = group.get(group.size() - 1);
    if (p.kind() == Piece.Kind.PRONOUN || last.kind() == Piece.Kind.PRONOUN) {
      return false;
    }
    boolean adjacent = p.first() == last.last() + 1;
    boolean possessive = p.first() == last.last() + 2
        && s.tokens().get(last.last() + 1).pos().equals("POS")
        && last.countryLike() && (p.kind() == Piece.Kind.ROLE || p.kind() == Piece.Kind.AGENT);
    boolean modifierBetween = p.first() == last.last() + 2
        && s.tokens().get(last.last() + 1).pos().startsWith("JJ")
        && (last.countryLike() || last.kind() == Piece.Kind.ROLE)
        && (p.kind() == Piece.Kind.ROLE || p.kind() == Piece.Kind.AGENT);
    if (!adjacent && !possessive && !modifierBetween) {
      return false;
    }
    boolean hasPerson = group.stream().anyMatch(g -> g.kind() == Piece.Kind.PERSON);
    if (p.kind() == Piece.Kind.PERSON && hasPerson) {
      return false;
    }
    boolean hasRoleOrPerson = group.stream()
        .anyMatch(g -> g.kind() == Piece.Kind.ROLE || g.kind() == Piece.Kind.AGENT || g.kind() == Piece.Kind.PERSON);
    boolean ethnicGroup = last.kind() == Piece.Kind.ADJECTIVE && p.kind() == Piece.Kind.ADJECTIVE
        && adjacent && s.tokens().get(p.last()).pos().equals("NNPS");
    if (p.countryLike() && (hasRoleOrPerson || last.countryLike()) && !ethnicGroup) {
      return false;
    }
    return true;
  }

  private Optional<ActorMention> resolve(Sentence s, String text, List<Piece> group, ArticleContext ctx) {
    Phrase ph = Phrase.of(group, kb);
    int first = group.get(0).first();
    int last = group.get(group.size() - 1).last();
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
    ActorRef ref = ph.toRef(kb, ctx, definite && !plural, plural, rangeText(s, text, first, last),
        start(s, first), end(s, last));
    if (ref == null) {
      return Optional.empty();
    }
    remember(ctx, ph, ref, s.tokens().get(group.get(group.size() - 1).last()));
    return Optional.of(new ActorMention(s.index(), first, last, last, ref));
  }

  private static void remember(ArticleContext ctx, Phrase ph, ActorRef ref, Token lastToken) {
    if (ph.isPersonal()) {
      String surname = ref.name() != null && ref.name().contains(" ")
          ? ref.name().substring(ref.name().lastIndexOf(' ') + 1) : lastToken.word();
      ctx.rememberPerson(surname, ref);
    } else if (ref.country() != null && !isRegion(ref)) {
      ctx.rememberGroup(ref); // "they" is no continent or region ("across Africa ... they attack")
    }
    if (ref.country() != null && ref.country().length() == 3 && !ph.isPronoun()) {
      ctx.focusCountry = ref.country();
    }
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
