package org.annals.eval.articles;

import java.util.List;
import java.util.Map;
import org.annals.eval.common.Problem;
import org.annals.eval.common.Ratio;

/**
 * The result of {@code annals eval articles}. Immutable; its JSON form is the output of
 * {@code --json}.
 *
 * @param articles gold articles coded
 * @param goldEvents events in the gold
 * @param producedEvents events the coder produced in those articles
 * @param matched gold events paired with a produced event ({@link ArticlesMatcher})
 * @param precision produced events right in every field (type, source, target, date, modality)
 * @param recall gold events found right in every field
 * @param f1 harmonic mean of strict precision and recall, null when both are 0 or undefined
 * @param fields per field, over matched events: type, source, target, date, modality
 * @param errorClasses error class → number of events ({@link ArticlesScorer#CLASSES})
 * @param dateRules per date rule of the produced event (its first three parts, {@code
 *     time:before-publication:past-tense}): matched events whose date is right, so a rule can be
 *     judged on a gold half without reading its events
 * @param sourceRules per kind of rule that gave the source its country ({@code kb:person},
 *     {@code coref:pronoun > country-from-context}; "none" for no source): matched events whose
 *     source is right
 * @param targetRules the same for the target ("none": no target; "symmetric")
 * @param perTrigger per kind of trigger (the CAMEO verb dictionary, a curated entry, a rule;
 *     embedded or not; with no source or no target): events produced, spurious and right in every field
 * @param perType per produced event type: produced, spurious and strict counts, and which fields
 *     were wrong among its matched events, so a type's weak field can be found on a gold half
 *     without reading its events
 * @param perGoldType per gold event type: gold events, those with nothing coded in their sentence,
 *     those matched and those found right in every field
 * @param confusions matched events whose type is wrong, by "gold → produced" type
 * @param modalities matched events whose modality is wrong, by "gold → produced" modality
 * @param wrongFields matched events by the set of fields they have wrong ("date", "source+target";
 *     "none" for those right in every field), so the fields that alone keep events from being
 *     strict can be counted on a gold half without reading its events
 * @param perArticle strict counts per article
 * @param officeWarnings office-holder warnings the coder gave on the gold articles
 * @param problems what was wrong with the gold (or where the coder failed)
 * @param misses every gold event not right in every field, and every spurious event, in text order
 */
public record ArticlesReport(int articles, int goldEvents, int producedEvents, int matched,
    Ratio precision, Ratio recall, Double f1, Map<String, Ratio> fields,
    Map<String, Integer> errorClasses, Map<String, Ratio> dateRules, Map<String, Ratio> sourceRules,
    Map<String, Ratio> targetRules, List<TriggerLine> perTrigger, List<TypeLine> perType,
    List<GoldTypeLine> perGoldType, Map<String, Integer> confusions, Map<String, Integer> modalities,
    Map<String, Integer> wrongFields, List<ArticleLine> perArticle, List<String> officeWarnings,
    List<Problem> problems, List<Miss> misses) {

  public ArticlesReport {
    fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    errorClasses = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(errorClasses));
    dateRules = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(dateRules));
    sourceRules = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sourceRules));
    targetRules = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(targetRules));
    perTrigger = List.copyOf(perTrigger);
    perType = List.copyOf(perType);
    perGoldType = List.copyOf(perGoldType);
    confusions = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(confusions));
    modalities = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(modalities));
    wrongFields = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(wrongFields));
    perArticle = List.copyOf(perArticle);
    officeWarnings = List.copyOf(officeWarnings);
    problems = List.copyOf(problems);
    misses = List.copyOf(misses);
  }

  /** Gold articles with no political event (no gold event): where every produced event is false. */
  public int quietArticles() {
    return (int) perArticle.stream().filter(l -> l.gold() == 0).count();
  }

  /** Events produced on the articles with no political event ({@link #quietArticles()}). */
  public int quietEvents() {
    return perArticle.stream().filter(l -> l.gold() == 0).mapToInt(ArticleLine::produced).sum();
  }

  /**
   * Counts of one produced event type: events produced, those with no gold event, those right in
   * every field, and among its matched events those whose type, source, target or date is wrong.
   */
  public record TypeLine(String type, int produced, int spurious, int strict, int typeWrong,
      int sourceWrong, int targetWrong, int dateWrong) {}

  /** Counts of one kind of trigger: events produced, those with no gold event, those right. */
  public record TriggerLine(String kind, int produced, int spurious, int strict) {}

  /**
   * Counts of one gold event type: gold events, those with nothing coded in their sentence (no
   * trigger), those paired with a produced event and those found right in every field.
   */
  public record GoldTypeLine(String type, int gold, int noTrigger, int matched, int strict) {}

  /** Strict counts of one article. */
  public record ArticleLine(int article, String published, int gold, int produced, int matched,
      int strict) {}

  /**
   * One gold event not right in every field, or one spurious produced event.
   *
   * @param goldId the gold event's id, or null for a spurious event
   * @param gold the gold coding in short, or null
   * @param produced the produced coding in short, or null when nothing was paired
   * @param differs the fields that differ and the error classes that apply
   */
  public record Miss(int article, String goldId, String sentence, String gold, String produced,
      List<String> differs) {
    public Miss {
      differs = List.copyOf(differs);
    }
  }
}
