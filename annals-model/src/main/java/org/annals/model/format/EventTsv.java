package org.annals.model.format;

import java.util.List;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.annals.model.ActorRef;
import org.annals.model.CodedArticle;
import org.annals.model.CodedEvent;

/**
 * GDELT-like tab-separated rows, one per event: date, actor codes and names, event code, root
 * code, quad class, Goldstein, location, and source offsets. Pure and thread-safe.
 */
public final class EventTsv {
  public static final List<String> COLUMNS = List.of(
      "EventId", "ArticleId", "Date", "DatePrecision", "DateBasis", "Actor1Code", "Actor1Name",
      "Actor1CountryCode", "Actor1Sector", "Actor2Code", "Actor2Name", "Actor2CountryCode",
      "Actor2Sector", "Symmetric", "PloverEvent", "PloverMode", "EventCode", "EventRootCode",
      "QuadClass", "GoldsteinScale", "Modality", "Location", "LocationCountry", "SentenceStart",
      "SentenceEnd", "TriggerStart", "TriggerEnd", "Rule");

  private EventTsv() {}

  public static String header() {
    return String.join("\t", COLUMNS);
  }

  public static List<String> rows(CodedArticle coded) {
    return coded.events().stream().map(e -> row(coded.article().id(), e)).toList();
  }

  public static String row(String articleId, CodedEvent e) {
    List<ActorRef> side1 = e.actors();
    List<ActorRef> side2 = e.symmetric() && e.recipients().isEmpty() && side1.size() > 1
        ? side1.subList(1, side1.size()) : e.recipients();
    if (e.symmetric() && e.recipients().isEmpty() && side1.size() > 1) {
      side1 = side1.subList(0, 1);
    }
    StringJoiner j = new StringJoiner("\t");
    j.add(e.id()).add(articleId)
        .add(n(e.date().value())).add(e.date().precision().label()).add(e.date().basis().label())
        .add(join(side1, ActorRef::cameo)).add(join(side1, ActorRef::name))
        .add(join(side1, ActorRef::country)).add(join(side1, ActorRef::sector))
        .add(join(side2, ActorRef::cameo)).add(join(side2, ActorRef::name))
        .add(join(side2, ActorRef::country)).add(join(side2, ActorRef::sector))
        .add(Boolean.toString(e.symmetric())).add(e.event()).add(n(e.mode()))
        .add(n(e.cameo())).add(e.cameo() == null ? "" : e.cameo().substring(0, Math.min(2, e.cameo().length())))
        .add(Integer.toString(e.quadClass())).add(Double.toString(e.goldstein()))
        .add(e.modality().label())
        .add(e.location() == null ? "" : clean(n(e.location().text() != null ? e.location().text() : e.location().name())))
        .add(e.location() == null ? "" : n(e.location().country()))
        .add(Integer.toString(e.evidence().start())).add(Integer.toString(e.evidence().end()))
        .add(Integer.toString(e.evidence().trigger().start()))
        .add(Integer.toString(e.evidence().trigger().end()))
        .add(n(e.evidence().rule()));
    return j.toString();
  }

  private static String join(List<ActorRef> refs, java.util.function.Function<ActorRef, String> f) {
    return refs.stream().map(f).map(EventTsv::n).map(EventTsv::clean).collect(Collectors.joining(";"));
  }

  private static String n(String s) {
    return s == null ? "" : s;
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
