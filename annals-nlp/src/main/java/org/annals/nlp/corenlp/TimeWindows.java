package org.annals.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.nlp.gate.SentenceGate;

/**
 * SUTime on the words around time cues only (the {@code fast} profile): SUTime's cost grows with
 * the tokens it reads (about a third of a millisecond each, most of the profile's NER time), and
 * a time expression lies next to one of the gate's time cues (a month, a weekday, a unit, "ago",
 * "last", a year, a date; {@link SentenceGate#timeCue}). So a timed sentence, already labelled by
 * NER without SUTime, is cut into <b>windows</b>: the runs of tokens within {@value #REACH} tokens
 * of a cue, each a sub-sentence sharing the sentence's tokens. After SUTime (the numeric
 * classifiers with SUTime, no CRF) has labelled the windows, {@link Cut#merge()} keeps SUTime's
 * label where it gave one (a date, a duration, a number) and the earlier label elsewhere (a name
 * in the window; a date the numeric classifiers guessed without SUTime is dropped, as SUTime
 * decides dates), and moves the windows' time-expression mentions to their sentence.
 *
 * <p>Immutable; thread-safe (a {@link Cut} belongs to one article's annotation).
 */
final class TimeWindows {
  /** Tokens on each side of a time cue that SUTime reads. */
  static final int REACH = 3;
  private static final String OTHER = "O";
  private static final Set<String> TIME_LABELS = Set.of("DATE", "TIME", "DURATION", "SET");

  private final SentenceGate gate;

  TimeWindows(SentenceGate gate) {
    this.gate = gate;
  }

  /** One article's windows, with what {@link #merge()} needs. */
  static final class Cut {
    private final List<CoreMap> windows = new ArrayList<>();
    private final List<CoreMap> parents = new ArrayList<>();
    private final List<String[]> saved = new ArrayList<>();

    /** The windows, to run SUTime on. */
    List<CoreMap> windows() {
      return windows;
    }

    /** Restores the earlier labels SUTime left {@code O} and gives each sentence its windows' time mentions. */
    void merge() {
      for (int w = 0; w < windows.size(); w++) {
        List<CoreLabel> tokens = windows.get(w).get(CoreAnnotations.TokensAnnotation.class);
        String[] before = saved.get(w);
        for (int i = 0; i < tokens.size(); i++) {
          CoreLabel t = tokens.get(i);
          if ((t.ner() == null || t.ner().equals(OTHER)) && before[i] != null && !TIME_LABELS.contains(before[i])) {
            t.setNER(before[i]);
          }
        }
        moveTimeMentions(windows.get(w), parents.get(w));
      }
    }

    private static void moveTimeMentions(CoreMap window, CoreMap sentence) {
      List<CoreMap> found = window.get(CoreAnnotations.MentionsAnnotation.class);
      if (found == null) {
        return;
      }
      List<CoreMap> times = found.stream().filter(m -> m.get(TimeAnnotations.TimexAnnotation.class) != null).toList();
      if (times.isEmpty()) {
        return;
      }
      List<CoreMap> merged = new ArrayList<>();
      List<CoreMap> old = sentence.get(CoreAnnotations.MentionsAnnotation.class);
      if (old != null) {
        old.stream().filter(m -> times.stream().noneMatch(t -> overlap(m, t))).forEach(merged::add);
      }
      merged.addAll(times);
      merged.sort(Comparator.comparingInt(m -> m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)));
      sentence.set(CoreAnnotations.MentionsAnnotation.class, merged);
    }

    private static boolean overlap(CoreMap a, CoreMap b) {
      return a.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) < b.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)
          && b.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) < a.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    }
  }

  /** The windows of tagged, NER-labelled sentences around their time cues. */
  Cut cut(List<CoreMap> sentences, String text) {
    Cut cut = new Cut();
    for (CoreMap s : sentences) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      boolean[] in = reach(tokens);
      int i = 0;
      while (i < tokens.size()) {
        if (!in[i]) {
          i++;
          continue;
        }
        int j = i;
        while (j < tokens.size() && in[j]) {
          j++;
        }
        cut.windows.add(window(tokens.subList(i, j), text));
        cut.parents.add(s);
        cut.saved.add(tokens.subList(i, j).stream().map(CoreLabel::ner).toArray(String[]::new));
        tokens.subList(i, j).forEach(TimeWindows::unlabel);
        i = j;
      }
    }
    return cut;
  }

  /** Which tokens stand within {@link #REACH} of a time cue. */
  private boolean[] reach(List<CoreLabel> tokens) {
    boolean[] in = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      String lemma = t.lemma() == null ? t.word() : t.lemma();
      if (gate.timeCue(t.word(), List.of(t.word().toLowerCase(Locale.ROOT), lemma.toLowerCase(Locale.ROOT)))) {
        for (int j = Math.max(0, i - REACH); j <= Math.min(tokens.size() - 1, i + REACH); j++) {
          in[j] = true;
        }
      }
    }
    return in;
  }

  /** Forgets a token's NER labels: the numeric classifiers label only tokens still unlabelled. */
  private static void unlabel(CoreLabel t) {
    t.remove(CoreAnnotations.NamedEntityTagAnnotation.class);
    t.remove(CoreAnnotations.AnswerAnnotation.class);
    t.remove(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
  }

  private static CoreMap window(List<CoreLabel> tokens, String text) {
    CoreMap w = new ArrayCoreMap();
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    w.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(tokens));
    w.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    w.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    w.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    return w;
  }
}
