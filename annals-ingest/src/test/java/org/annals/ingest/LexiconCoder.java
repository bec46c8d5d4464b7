package org.annals.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.annals.model.ActorRef;
import org.annals.model.Article;
import org.annals.model.Claim;
import org.annals.model.ClaimSubject;
import org.annals.model.CodedArticle;
import org.annals.model.CodedEvent;
import org.annals.model.DateBasis;
import org.annals.model.EventDate;
import org.annals.model.Evidence;
import org.annals.model.Modality;
import org.annals.model.Precision;
import org.annals.model.Provenance;
import org.annals.model.Trigger;

/**
 * A stand-in coder for re-coding tests, without CoreNLP: a lexicon file of {@code word<TAB>TYPE}
 * lines, compiled at construction, whose content hash is the provenance's lexicon version (as the
 * real lexicon's version changes with any entry). Each sentence with a trigger word and two
 * countries (by name) is one event dated on the publication day; "by phone" makes it a phone
 * contact; "second call" / "third call" make a count claim about the pair's phone calls since
 * the start of the year. Thread-safe (immutable).
 */
final class LexiconCoder implements Function<Article, CodedArticle> {
  private static final Map<String, String> COUNTRIES = Map.of("France", "FRA", "Russia", "RUS",
      "China", "CHN", "Germany", "DEU", "Kenya", "KEN");
  private static final Map<String, Integer> ORDINALS = Map.of("second call", 2, "third call", 3);

  private final Map<String, String> lexicon = new LinkedHashMap<>();
  private final Provenance provenance;

  LexiconCoder(Path lexiconFile) {
    try {
      String text = Files.readString(lexiconFile);
      for (String line : text.split("\n")) {
        if (!line.isBlank()) {
          String[] f = line.split("\t");
          lexicon.put(f[0].strip(), f[1].strip());
        }
      }
      provenance = new Provenance("test", "stand-in", "lexicon-" + Article.sha256Hex(text).substring(0, 12),
          "kb-1", "0");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Provenance provenance() {
    return provenance;
  }

  @Override
  public CodedArticle apply(Article a) {
    String t = a.text();
    List<CodedEvent> events = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    int start = 0;
    int sentences = 0;
    while (start < t.length()) {
      int end = t.indexOf('.', start);
      end = end < 0 ? t.length() : end + 1;
      sentences++;
      code(a, start, end, events, claims);
      start = end;
      while (start < t.length() && t.charAt(start) == ' ') {
        start++;
      }
    }
    return new CodedArticle(a, events, claims, List.of(), sentences, t.split("\\s+").length, provenance);
  }

  private void code(Article a, int start, int end, List<CodedEvent> events, List<Claim> claims) {
    String s = a.text().substring(start, end);
    List<ActorRef> actors = new ArrayList<>();
    COUNTRIES.forEach((name, code) -> {
      int at = s.indexOf(name);
      if (at >= 0) {
        actors.add(new ActorRef(name, name, code, "GOV", code + "GOV", null, start + at,
            start + at + name.length(), "test"));
      }
    });
    actors.sort(java.util.Comparator.comparingInt(ActorRef::start));
    if (actors.size() != 2) {
      return;
    }
    String mode = s.contains("by phone") ? "phone" : null;
    LocalDate day = a.published();
    for (Map.Entry<String, String> e : lexicon.entrySet()) {
      int at = s.indexOf(" " + e.getKey() + " ");
      if (at >= 0) {
        int trig = start + at + 1;
        EventDate date = new EventDate(day == null ? null : day.toString(),
            day == null ? Precision.UNKNOWN : Precision.DAY, DateBasis.PUBLICATION, null, "test");
        events.add(new CodedEvent(CodedEvent.makeId(a.id(), trig, e.getValue()), e.getValue(), mode,
            List.of(), null, 1, 1.0, List.of(actors.get(0)), List.of(actors.get(1)), false, date, null,
            Map.of(), Modality.ASSERTED, null, new Evidence(a.id(), start, end,
                new Trigger(trig, trig + e.getKey().length(), e.getKey()), "lexicon:" + e.getKey()), 0.9));
        break;
      }
    }
    ORDINALS.forEach((words, n) -> {
      int at = s.indexOf(words);
      if (at >= 0 && day != null) {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put(ClaimSubject.EVENT, "CONSULT");
        subject.put(ClaimSubject.MODE, "phone");
        subject.put(ClaimSubject.COUNTRIES, List.of(actors.get(0).country(), actors.get(1).country()));
        subject.put(ClaimSubject.AT, day.toString());
        subject.put(ClaimSubject.VALUE, n);
        subject.put(ClaimSubject.NUMBER, "ordinal");
        subject.put(ClaimSubject.FROM, day.withDayOfYear(1).toString());
        subject.put(ClaimSubject.TO, day.toString());
        claims.add(new Claim(ClaimSubject.KIND_COUNT, words, start + at, start + at + words.length(), subject,
            "test:" + words.replace(' ', '-').toLowerCase(Locale.ROOT)));
      }
    });
  }
}
