package org.annals.nlp.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annals.kb.Entity;
import org.annals.kb.KnowledgeBase;
import org.annals.kb.Role;
import org.annals.model.ActorRef;

/**
 * What a group of merged pieces says: person, country, organisation, office, sector and the
 * rules involved; {@link #toRef} turns it into an {@link ActorRef}. Built and used inside one
 * call; not shared.
 */
final class Phrase {
  /** The CAMEO country slot of an actor whose country the text does not say (PETRARCH's dashes). */
  static final String UNKNOWN_COUNTRY = "---";
  /**
   * The rule part before {@code +country-from-context:} when an unknown person took the article's
   * most named country, not the sentence's scene ({@link ArticleContext#personCountry}).
   */
  static final String MAIN_COUNTRY = "+article-main";
  /** Sectors of a state's own bodies: a definite one with no country is the article's (h109). */
  private static final java.util.Set<String> STATE_SECTORS = java.util.Set.of("GOV", "MIL", "JUD", "LEG", "COP");

  /** {@code rule} without the country an unknown person took from context (and its basis). */
  static String withoutContextCountry(String rule) {
    return rule.replaceFirst("(\\+article-main)?\\+country-from-context:[A-Z]+", "");
  }
  Entity person;
  ActorRef antecedent;
  /** What a possessive pronoun before an agent refers back to ("its jets"), or null. */
  ActorRef owner;
  String personName;
  Entity country;
  Entity org;
  String office;
  String sector;
  boolean roleAfterPerson;
  boolean pronoun;
  boolean titled;
  boolean onlyAdjectives = true;
  /** Whether the phrase ends in a noun ("police"), not an adjective ("a military aid program"). */
  boolean nounHead;
  /** The host country a mission is posted to ("ambassador to France"): never its own country. */
  String host;
  final List<String> rules = new ArrayList<>();

  static Phrase of(List<Piece> group, KnowledgeBase kb) {
    Phrase ph = new Phrase();
    for (Piece p : group) {
      ph.add(p, kb);
    }
    return ph;
  }

  private void add(Piece p, KnowledgeBase kb) {
    rules.add(p.rule());
    int at = p.rule() == null ? -1 : p.rule().indexOf(ActorResolver.MISSION_HOST);
    if (at >= 0) {
      host = p.rule().substring(at + ActorResolver.MISSION_HOST.length());
    }
    onlyAdjectives &= p.kind() == Piece.Kind.ADJECTIVE;
    switch (p.kind()) {
      case PERSON -> {
        person = p.entity();
        antecedent = p.antecedent();
        personName = p.personName();
      }
      case PRONOUN -> {
        antecedent = p.antecedent();
        pronoun = true;
      }
      case COUNTRY, ADJECTIVE, METONYM -> {
        if (country != null && p.kind() == Piece.Kind.ADJECTIVE) {
          return; // "Bosnian Serbs": the first country names where the group lives
        }
        country = p.entity() == null ? null : countryEntity(p.entity(), kb);
        if (p.sector() != null) {
          sector = p.sector();
        }
        if (p.entity() != null && p.entity().kind() == Entity.Kind.ORGANIZATION) {
          org = p.entity();
        }
      }
      case ORGANIZATION -> {
        org = p.entity();
        if (madeUp() && sector == null) {
          sector = p.sector(); // OrgNames: the sector its head word gives
        }
      }
      case ROLE -> {
        titled = true;
        owner = p.antecedent() != null ? p.antecedent() : owner;
        if (p.office() != null) {
          office = p.office();
        }
        if (p.sector() != null) {
          sector = p.sector();
        } else if (sector == null && !occupation(p)) {
          sector = "GOV";
        }
        roleAfterPerson = hasPerson();
      }
      case AGENT -> {
        sector = p.sector() != null ? p.sector() : sector;
        owner = p.antecedent() != null ? p.antecedent() : owner;
      }
    }
  }

  /**
   * A title the NER found that neither the KB's offices nor the agent dictionary know ("the
   * singer", "the novelist", "bassist"): an occupation, which implies no government sector.
   */
  private static boolean occupation(Piece p) {
    return p.office() == null && ActorResolver.NER_TITLE.equals(p.rule());
  }

  private static Entity countryEntity(Entity e, KnowledgeBase kb) {
    if (e.kind() == Entity.Kind.COUNTRY || e.kind() == Entity.Kind.REGION || e.country() == null) {
      return e;
    }
    return kb.country(e.country()).orElse(e);
  }

  /** Whether the organisation is one {@link OrgNames} made up from a name the KB does not know. */
  private boolean madeUp() {
    return org != null && org.id().startsWith(OrgNames.ID_PREFIX);
  }

  boolean hasPerson() {
    return person != null || personName != null || (antecedent != null && !pronoun);
  }

  boolean isPersonal() {
    return (hasPerson() || (pronoun && antecedent != null && antecedent.entity() != null
        && antecedent.entity().startsWith("person/"))) && !roleAfterPerson;
  }

  boolean isPronoun() {
    return pronoun;
  }

  /** The resolved actor, or null when the words name no country, organisation or person. */
  ActorRef toRef(KnowledgeBase kb, ArticleContext ctx, boolean definite, boolean plural, String text,
      int start, int end) {
    return toRef(kb, ctx, null, definite, plural, text, start, end);
  }

  /**
   * As {@link #toRef(KnowledgeBase, ArticleContext, boolean, boolean, String, int, int)}; an
   * organisation made up by {@code orgNames} with no country word takes the article's country only
   * when its sector is a state's ({@link OrgNames#takesContext}), else an unknown one.
   */
  ActorRef toRef(KnowledgeBase kb, ArticleContext ctx, OrgNames orgNames, boolean definite,
      boolean plural, String text, int start, int end) {
    if (antecedent != null && person == null && personName == null && country == null && org == null) {
      ActorRef a = antecedent;
      return new ActorRef(text, a.name(), a.country(), a.sector(), a.cameo(), a.entity(), start, end,
          String.join("+", rules) + ">" + a.rule());
    }
    String cc = country != null ? country.country() : org != null ? org.country()
        : person != null ? person.country() : antecedent != null ? antecedent.country() : null;
    String rule = String.join("+", rules);
    if (cc == null && owner != null) {
      cc = owner.country(); // "its jets": the country of what "its" refers to
      rule += "+country-of-owner:" + cc;
    }
    if (cc == null && host != null) {
      // "the embassy in Berlin": the article's country, not the host nor the host's scene
      cc = ctx.articleCountry(host);
      rule += cc == null ? "" : "+mission-of:" + cc;
    }
    if (person == null && antecedent == null && personName == null && office != null) {
      String where = cc;
      if (where == null && definite && ctx.mainCountry() != null) {
        where = ctx.mainCountry();
        rule += "+focus:" + where;
      }
      if (where != null && ctx.date != null && !plural) {
        Optional<Entity> holder = kb.holder(where, office, ctx.date);
        if (holder.isPresent()) {
          person = holder.get();
          rule += "+role:" + where + "/" + office + "@" + ctx.date;
        }
      }
      cc = where;
    }
    boolean fullName = personName != null && personName.strip().contains(" ");
    // "Prime Minister Taufahema": a name the KB does not know under the title of an office of
    // state (a KB role, not any title the NER tags: "sergeant") is a person of the scene's
    // country, as a full name is ("Judge Ana Ruiz")
    boolean titledName = personName != null && office != null && !roleAfterPerson && !fullName;
    boolean body = !titled || "GOVERNMENT".equals(office);
    boolean unplaced = madeUp() && orgNames != null && !orgNames.takesContext(sector);
    String bodyCountry = cc == null && !pronoun && !unplaced && host == null && definite && !plural && body
        && personName == null && sector != null && STATE_SECTORS.contains(sector) ? ctx.definiteBodyCountry() : null;
    if (bodyCountry != null) {
      cc = bodyCountry; // "the junta accused France": the junta of the article's country
      rule += "+definite-body-of-main+country-from-context:" + cc;
    }
    if (cc == null && !pronoun && !unplaced && host == null
        && ((sector != null && body) || fullName || titledName)) {
      // "police", "protesters", "a judge", a person the KB does not know named in full: the
      // country the sentence's scene is in, else the article's country in focus; with neither, no actor
      // rather than a guess (a lone unknown word, "Jinping" after a known "Xi", is no one new).
      // Offices held by persons are not agents: "the two presidents" are whoever was named
      // before, not the country in focus; "the government", "officials" are.
      ArticleContext.Guess guess = fullName || titledName ? ctx.personCountry()
          : new ArticleContext.Guess(ctx.agentCountry(nounHead), false);
      cc = guess.country();
      if (cc != null) {
        rule += (guess.main() ? MAIN_COUNTRY : "") + "+country-from-context:" + cc;
      }
    }
    boolean stateless = cc == null && !pronoun && countryUnknown(definite, plural, fullName, body);
    if (cc == null && !stateless) {
      return null;
    }
    if (stateless) {
      rule += "+country-unknown";
    }
    String sec = sector(kb, ctx);
    if (sec == null && onlyAdjectives && plural && !text.regionMatches(true, 0, "the ", 0, 4) && country != null
        && country.kind() == Entity.Kind.COUNTRY) {
      sec = "CVL"; // "thousands of Ukrainians marched", not "the Russians shelled": its people
      rule += "+people-of-country";
    }
    String name = person != null ? person.name() : antecedent != null ? antecedent.name()
        : personName != null ? personName : org != null ? org.name() : country != null ? country.name() : null;
    String entity = person != null ? person.id() : antecedent != null ? antecedent.entity()
        : org != null ? org.id() : country != null ? country.id() : null;
    // "Republican senators": a group's own code gives way to the sector its members are named by
    boolean orgCode = org != null && org.cameo() != null && (org.kind() != Entity.Kind.GROUP
        || sec == null || sec.equals(org.sector()));
    String cameo = orgCode && person == null && antecedent == null ? org.cameo()
        : (cc == null ? UNKNOWN_COUNTRY : cc) + (sec == null ? "" : sec);
    if (roleAfterPerson) {
      rule += "+administration-of:" + entity;
    }
    return new ActorRef(text, name, cc, sec, cameo, entity, start, end, rule);
  }

  /**
   * Whether words that name no country still name a political actor, kept with an unknown
   * country ({@code ---GOV}, as PETRARCH codes it) rather than dropped: a sector agent ("police",
   * "rebels", "the government"), a person named in full under a title ("Judge Ana Ruiz"), an
   * office of state named as one holder ("the president"). An untitled name and a lone surname
   * stay out: nothing says they act in politics.
   */
  private boolean countryUnknown(boolean definite, boolean plural, boolean fullName, boolean body) {
    if (sector != null && body) {
      return true;
    }
    return titled && (fullName || (office != null && definite && !plural && !hasPerson()));
  }

  private String sector(KnowledgeBase kb, ArticleContext ctx) {
    if (sector != null) {
      return sector;
    }
    if (person != null) {
      return MentionBuilder.roleOn(kb, person.id(), ctx.date).map(Role::sector)
          .orElse(person.sector() != null ? person.sector() : "GOV");
    }
    if (antecedent != null) {
      return antecedent.sector();
    }
    if (org != null) {
      return org.sector();
    }
    if (country != null && country.kind() == Entity.Kind.COUNTRY && !onlyAdjectives) {
      return "GOV";
    }
    return null;
  }
}
