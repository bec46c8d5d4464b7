package org.annals.eval.articles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.annals.eval.common.CountryCodes;
import org.annals.eval.common.Problem;
import org.annals.eval.common.Ratio;
import org.annals.model.ActorRef;
import org.annals.model.CodedEvent;
import org.annals.model.DateBasis;
import org.annals.model.IsoWeek;
import org.annals.model.Modality;
import org.annals.model.Span;
import org.annals.model.Warning;

/**
 * Scores produced events against the article gold. Fields compared on a matched pair: type; source
 * and target as sets of country codes (ISO alpha-3 via {@link CountryCodes}, IGO/NGO as written;
 * actors of unknown country left out; when either side is symmetric both sides are one set and
 * the target is judged with it); the date as its value ({@code 2019-01-03}, {@code 2019-01},
 * {@code 2019-W03}, {@code before 2019-01-06}; see {@link #datesAgree}); the modality. An event is right in every field ("strict") when all
 * five agree. Error classes are counted per gold event (see {@link #CLASSES}). Stateless and
 * thread-safe.
 */
public final class ArticlesScorer {
  public static final String MISSING_TARGET = "missing target";
  public static final String SWAPPED = "source/target swapped";
  public static final String SOURCE_WRONG = "source wrong (other)";
  public static final String TARGET_WRONG = "target wrong (other)";
  public static final String DATE_OFF = "date off";
  public static final String PUBLICATION_FALLBACK = "date off: publication-date fallback";
  public static final String HYPOTHETICAL_ASSERTED = "hypothetical coded asserted";
  public static final String MODALITY_WRONG = "modality wrong (other)";
  public static final String TYPE_CONFUSION = "type confusion";
  public static final String NO_TRIGGER = "no trigger (nothing coded in the sentence)";
  public static final String MISSED = "missed (the sentence's events paired elsewhere)";
  public static final String SPURIOUS = "spurious (no gold event)";

  /** The error classes in report order. */
  public static final List<String> CLASSES = List.of(MISSING_TARGET, SWAPPED, SOURCE_WRONG,
      TARGET_WRONG, DATE_OFF, PUBLICATION_FALLBACK, HYPOTHETICAL_ASSERTED, MODALITY_WRONG,
      TYPE_CONFUSION, NO_TRIGGER, MISSED, SPURIOUS);

  static final List<String> FIELDS = List.of("type", "source", "target", "date", "modality");

  private ArticlesScorer() {}

  /** One coded gold article: its gold, its text, the produced events and warnings. */
  public record Case(ArticlesGold gold, String text, List<CodedEvent> events, List<Warning> warnings) {
    public Case {
      events = List.copyOf(events);
      warnings = List.copyOf(warnings);
    }
  }

  public static ArticlesReport score(List<Case> cases, List<Problem> problems) {
    Tally t = new Tally();
    for (Case c : cases) {
      t.article(c);
    }
    return t.report(cases.size(), problems);
  }

  /** The sets of source and target codes of a produced event (symmetric: one set). */
  static List<Set<String>> sides(CodedEvent e, boolean symmetric) {
    Set<String> src = codes(e.actors());
    Set<String> tgt = codes(e.recipients());
    if (symmetric || e.symmetric()) {
      src.addAll(tgt);
      tgt.clear();
    }
    return List.of(src, tgt);
  }

  private static Set<String> codes(List<ActorRef> actors) {
    Set<String> out = new TreeSet<>();
    for (ActorRef a : actors) {
      if (a.country() != null && !a.country().isBlank()) {
        out.add(CountryCodes.resolve(a.country()).orElse(a.country().toUpperCase(Locale.ROOT)));
      }
    }
    return out;
  }

  /** The fields of {@link #FIELDS} that differ on a pair, then the error classes that apply. */
  static List<String> compare(ArticlesGold.Event g, CodedEvent e) {
    boolean symmetric = g.symmetric() || e.symmetric();
    List<Set<String>> sides = sides(e, g.symmetric());
    Set<String> gs = new TreeSet<>(g.sources());
    Set<String> gt = new TreeSet<>(g.targets());
    List<String> out = new ArrayList<>();
    if (!g.type().equals(e.event())) {
      out.add("type");
    }
    boolean sourceRight = gs.equals(sides.get(0));
    if (!sourceRight) {
      out.add("source");
    }
    if (symmetric ? !sourceRight : !gt.equals(sides.get(1))) {
      out.add("target");
    }
    if (g.date() != null && !datesAgree(g.date(), e.date().value())) {
      out.add("date");
    }
    if (!g.modality().equals(modality(e))) {
      out.add("modality");
    }
    out.addAll(classes(g, e, out, sides, symmetric));
    return out;
  }

  /** The label of a produced event's modality; none stated is asserted. */
  static String modality(CodedEvent e) {
    return e.modality() == null ? Modality.ASSERTED.label() : e.modality().label();
  }

  /**
   * Whether a produced date value is the gold's: the same value, or a week that lies wholly before
   * a gold "before D". The gold format had no week before issue 13, so its coders wrote "killed
   * last week" as "before D" (a day or a month where they knew one); a week that ends before D
   * says the same, more precisely. A week that reaches D or later ("earlier this week") does not.
   */
  static boolean datesAgree(String gold, String produced) {
    if (gold.equals(produced)) {
      return true;
    }
    if (!gold.startsWith("before ")) {
      return false;
    }
    try {
      java.time.LocalDate before = java.time.LocalDate.parse(gold.substring(7).strip());
      return IsoWeek.monday(produced).map(m -> m.plusDays(6).isBefore(before)).orElse(false);
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  private static List<String> classes(ArticlesGold.Event g, CodedEvent e, List<String> wrong,
      List<Set<String>> sides, boolean symmetric) {
    List<String> out = new ArrayList<>();
    Set<String> gs = new TreeSet<>(g.sources());
    Set<String> gt = new TreeSet<>(g.targets());
    boolean swapped = !symmetric && !gs.isEmpty() && !gt.isEmpty() && !gs.equals(gt)
        && gs.equals(sides.get(1)) && gt.equals(sides.get(0));
    if (swapped) {
      out.add(SWAPPED);
    } else if (wrong.contains("target") && !symmetric && !gt.isEmpty() && sides.get(1).isEmpty()) {
      out.add(MISSING_TARGET);
    } else if (wrong.contains("target")) {
      out.add(TARGET_WRONG);
    }
    if (wrong.contains("source") && !swapped) {
      out.add(SOURCE_WRONG);
    }
    if (wrong.contains("date")) {
      out.add(DATE_OFF);
      if (e.date().basis() == DateBasis.PUBLICATION) {
        out.add(PUBLICATION_FALLBACK);
      }
    }
    if (wrong.contains("modality")) {
      boolean asserted = modality(e).equals(Modality.ASSERTED.label());
      out.add(g.modality().equals("hypothetical") && asserted ? HYPOTHETICAL_ASSERTED : MODALITY_WRONG);
    }
    if (wrong.contains("type")) {
      out.add(TYPE_CONFUSION);
    }
    return out;
  }

  /** A short form of a gold event: type, sides, date, modality. */
  static String describe(ArticlesGold.Event g) {
    return g.type() + " " + g.sources() + (g.symmetric() ? " <->" : " -> " + g.targets())
        + " date " + g.date() + " " + g.modality() + " ('" + g.trigger() + "')";
  }

  /** A short form of a produced event, with its date rule and its trigger's rule. */
  static String describe(CodedEvent e, String text) {
    List<Set<String>> sides = sides(e, false);
    var t = e.evidence() == null ? null : e.evidence().trigger();
    String trigger = t == null || text == null || t.end() > text.length() ? "?"
        : text.substring(t.start(), t.end());
    return e.event() + (e.mode() == null ? "" : "/" + e.mode()) + " " + sides.get(0)
        + (e.symmetric() ? " <->" : " -> " + sides.get(1)) + " date " + e.date().value()
        + " [" + e.date().rule() + "] "
        + modality(e) + " ('" + trigger + "' by "
        + (e.evidence() == null ? "?" : e.evidence().rule()) + ")";
  }

  /** The first three parts of an event's date rule ({@code time:anchor:n-after}), or "none". */
  static String dateRule(CodedEvent e) {
    String rule = e.date() == null || e.date().rule() == null ? "none" : e.date().rule();
    String[] parts = rule.split(":", 4);
    return String.join(":", java.util.Arrays.copyOf(parts, Math.min(3, parts.length)));
  }

  static String sentence(String text, Span s) {
    if (text == null || s.end() > text.length()) {
      return "";
    }
    String out = text.substring(s.start(), s.end()).replaceAll("\\s+", " ").strip();
    return out.length() > 240 ? out.substring(0, 237) + "..." : out;
  }

  /** Running counts over the articles. Not thread-safe (one per scoring). */
  private static final class Tally {
    final Map<String, Integer> right = new LinkedHashMap<>();
    final Map<String, Integer> classes = new LinkedHashMap<>();
    final Map<String, int[]> dateRules = new java.util.TreeMap<>();
    final Map<String, int[]> sourceRules = new java.util.TreeMap<>();
    final Map<String, int[]> targetRules = new java.util.TreeMap<>();
    final Map<String, int[]> triggers = new java.util.TreeMap<>();
    final Map<String, int[]> types = new java.util.TreeMap<>();
    final Map<String, int[]> goldTypes = new java.util.TreeMap<>();
    final Map<String, Integer> modalities = new java.util.TreeMap<>();
    final Map<String, Integer> confusions = new java.util.TreeMap<>();
    final Map<String, Integer> wrongFields = new java.util.TreeMap<>();
    final List<ArticlesReport.ArticleLine> lines = new ArrayList<>();
    final List<ArticlesReport.Miss> misses = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    int gold;
    int produced;
    int matched;
    int strict;

    Tally() {
      FIELDS.forEach(f -> right.put(f, 0));
      CLASSES.forEach(c -> classes.put(c, 0));
    }

    void article(Case c) {
      ArticlesMatcher.Matching m = ArticlesMatcher.match(c.text(), c.gold().events(), c.events());
      int n = c.gold().article();
      int articleStrict = 0;
      c.events().forEach(e -> count(types, e.event(), 0));
      c.events().forEach(e -> count(triggers, RuleKinds.trigger(e), 0));
      c.gold().events().forEach(g -> count(goldTypes, g.type(), 0));
      for (ArticlesMatcher.Pair p : m.pairs()) {
        List<String> differs = compare(p.gold(), p.produced());
        String rule = dateRule(p.produced());
        count(dateRules, rule, 0);
        if (!differs.contains("date")) {
          count(dateRules, rule, 1);
        }
        countSides(p.produced(), differs);
        FIELDS.stream().filter(f -> !differs.contains(f)).forEach(f -> right.merge(f, 1, Integer::sum));
        differs.stream().filter(classes::containsKey).forEach(k -> classes.merge(k, 1, Integer::sum));
        countFields(p.produced().event(), differs);
        if (differs.contains("type")) {
          confusions.merge(p.gold().type() + " -> " + p.produced().event(), 1, Integer::sum);
        }
        if (differs.contains("modality")) {
          modalities.merge(p.gold().modality() + " -> " + modality(p.produced()), 1, Integer::sum);
        }
        count(goldTypes, p.gold().type(), 2);
        String wrong = String.join("+", FIELDS.stream().filter(differs::contains).toList());
        wrongFields.merge(wrong.isEmpty() ? "none" : wrong, 1, Integer::sum);
        if (differs.isEmpty()) {
          articleStrict++;
          count(triggers, RuleKinds.trigger(p.produced()), 2);
          count(types, p.produced().event(), 2);
          count(goldTypes, p.gold().type(), 3);
        } else {
          misses.add(new ArticlesReport.Miss(n, p.gold().id(), sentence(c.text(), p.gold().span()),
              describe(p.gold()), describe(p.produced(), c.text()), differs));
        }
      }
      for (ArticlesGold.Event g : m.unmatchedGold()) {
        boolean any = c.events().stream().anyMatch(e -> ArticlesMatcher.overlaps(e, g.span()));
        String cls = any ? MISSED : NO_TRIGGER;
        classes.merge(cls, 1, Integer::sum);
        if (!any) {
          count(goldTypes, g.type(), 1);
        }
        misses.add(new ArticlesReport.Miss(n, g.id(), sentence(c.text(), g.span()), describe(g),
            null, List.of(cls)));
      }
      for (CodedEvent e : m.unmatchedProduced()) {
        classes.merge(SPURIOUS, 1, Integer::sum);
        count(triggers, RuleKinds.trigger(e), 1);
        count(types, e.event(), 1);
        misses.add(new ArticlesReport.Miss(n, null, sentence(c.text(), new Span(e.evidence().start(), e.evidence().end())), null,
            describe(e, c.text()), List.of(SPURIOUS)));
      }
      for (Warning w : c.warnings()) {
        if (w.code().startsWith("officeholder")) {
          warnings.add("article " + n + ": " + w.message());
        }
      }
      gold += c.gold().events().size();
      produced += c.events().size();
      matched += m.pairs().size();
      strict += articleStrict;
      lines.add(new ArticlesReport.ArticleLine(n, c.gold().published().toString(),
          c.gold().events().size(), c.events().size(), m.pairs().size(), articleStrict));
    }

    /** Slots 3-6 of a produced type's counts: type, source, target, date wrong on a matched pair. */
    private void countFields(String type, List<String> differs) {
      for (int i = 0; i < 4; i++) {
        if (differs.contains(FIELDS.get(i))) {
          count(types, type, 3 + i);
        }
      }
    }

    /** Slots 0-1 of a side's rule kind: matched events, those whose side is right. */
    private void countSides(CodedEvent e, List<String> differs) {
      String source = RuleKinds.side(e.actors());
      String target = e.symmetric() ? "symmetric" : RuleKinds.side(e.recipients());
      count(sourceRules, source, 0);
      count(targetRules, target, 0);
      if (!differs.contains("source")) {
        count(sourceRules, source, 1);
      }
      if (!differs.contains("target")) {
        count(targetRules, target, 1);
      }
    }

    /** Rules by number of events, most first, as right/total ratios of slots 1 and 0. */
    private static Map<String, Ratio> ratios(Map<String, int[]> counts) {
      Map<String, Ratio> out = new LinkedHashMap<>();
      counts.entrySet().stream().sorted((a, b) -> b.getValue()[0] - a.getValue()[0])
          .forEach(e -> out.put(e.getKey(), Ratio.of(e.getValue()[1], e.getValue()[0])));
      return out;
    }

    private static void count(Map<String, int[]> counts, String key, int slot) {
      counts.computeIfAbsent(key, k -> new int[7])[slot]++;
    }

    ArticlesReport report(int articles, List<Problem> problems) {
      Map<String, Ratio> fields = new LinkedHashMap<>();
      right.forEach((f, k) -> fields.put(f, Ratio.of(k, matched)));
      Ratio p = Ratio.of(strict, produced);
      Ratio r = Ratio.of(strict, gold);
      Double f1 = strict == 0 ? null : 2 * p.value() * r.value() / (p.value() + r.value());
      List<ArticlesReport.TriggerLine> perTrigger = new ArrayList<>();
      triggers.forEach((k, v) -> perTrigger.add(new ArticlesReport.TriggerLine(k, v[0], v[1], v[2])));
      List<ArticlesReport.TypeLine> perType = new ArrayList<>();
      types.forEach((k, v) -> perType.add(
          new ArticlesReport.TypeLine(k, v[0], v[1], v[2], v[3], v[4], v[5], v[6])));
      List<ArticlesReport.GoldTypeLine> perGoldType = new ArrayList<>();
      goldTypes.forEach((k, v) -> perGoldType.add(
          new ArticlesReport.GoldTypeLine(k, v[0], v[1], v[2], v[3])));
      return new ArticlesReport(articles, gold, produced, matched, p, r, f1, fields, classes,
          ratios(dateRules), ratios(sourceRules), ratios(targetRules), perTrigger, perType,
          perGoldType, confusions, modalities, wrongFields, lines, warnings, problems, misses);
    }
  }
}
