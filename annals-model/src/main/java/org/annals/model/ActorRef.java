package org.annals.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A resolved actor in an event, with the words it came from and the KB entry or rule that
 * resolved it.
 *
 * @param text the words in the article ({@code text.equals(article.text().substring(start, end))})
 * @param name canonical name (a person's full name, "Russia", "United States", ...) or null
 * @param country ISO 3166 alpha-3 code, or a CAMEO region code such as WST; null if unknown
 * @param sector PLOVER sector (GOV, MIL, ...) or null
 * @param cameo CAMEO actor code such as RUSGOV
 * @param entity knowledge-base id or null
 * @param rule what resolved it: {@code kb:person/vladimir-putin}, {@code metonym:kremlin}, {@code role:USA/HEAD_OF_STATE@2025-07-03}, ...
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ActorRef(
    String text,
    String name,
    String country,
    String sector,
    String cameo,
    String entity,
    int start,
    int end,
    String rule) {

  public Span span() {
    return new Span(start, end);
  }

  /** The same actor, resolved by {@code newRule} (an earlier rule with a prefix or suffix added). */
  public ActorRef withRule(String newRule) {
    return new ActorRef(text, name, country, sector, cameo, entity, start, end, newRule);
  }
}
