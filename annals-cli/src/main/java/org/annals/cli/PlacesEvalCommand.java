package org.annals.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.CodedEvent;
import org.annals.model.Location;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code annals eval places gold/places/places.json}: location accuracy of the coded events whose
 * triggers the fixtures name, at city level (the same GeoNames id or admin-1 code, or for a
 * country-level place the same country at country precision) and at country level.
 */
@Command(name = "places", description = "Score event locations on the place fixtures.")
public final class PlacesEvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProfileOption profile;
  @Mixin AnnotationCacheOption cache;

  @Parameters(paramLabel = "GOLD", description = "Place fixtures, e.g. gold/places/places.json")
  Path gold;

  /** Counts. */
  private static final class Score {
    int located;
    int unlocated;
    int coded;
    int city;
    int country;
    int noneRight;
    int unlocatedCoded;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Score s = new Score();
    for (PlacesGold.Doc d : PlacesGold.read(gold).articles()) {
      CodedArticle coded = cache.pipeline(profile).code(Article.of(d.text(),
          LocalDate.parse(d.published())));
      for (PlacesGold.Expected x : d.events()) {
        score(out, s, d.id(), x, find(coded, x));
      }
    }
    out.printf("%nlocated events: %d, coded: %d%n", s.located, s.coded);
    out.printf("city level:    %d/%d = %.1f%%%n", s.city, s.coded, pct(s.city, s.coded));
    out.printf("country level: %d/%d = %.1f%%%n", s.country, s.coded, pct(s.country, s.coded));
    out.printf("events without a place: %d, coded: %d, left without a location: %d%n",
        s.unlocated, s.unlocatedCoded, s.noneRight);
    out.flush();
    return 0;
  }

  private static double pct(int n, int d) {
    return d == 0 ? 0 : 100.0 * n / d;
  }

  private static CodedEvent find(CodedArticle a, PlacesGold.Expected x) {
    for (CodedEvent e : a.events()) {
      var t = e.evidence() == null ? null : e.evidence().trigger();
      if (t != null && t.start() <= x.start() && x.start() < t.end() + 1
          || t != null && x.start() <= t.start() && t.start() < x.start() + x.trigger().length()) {
        return e;
      }
    }
    return null;
  }

  private static void score(PrintWriter out, Score s, String id, PlacesGold.Expected x,
      CodedEvent e) {
    Location l = e == null ? null : e.location();
    if (!x.located()) {
      s.unlocated++;
      if (e != null) {
        s.unlocatedCoded++;
        s.noneRight += l == null ? 1 : 0;
      }
    } else {
      s.located++;
      if (e != null) {
        s.coded++;
        boolean city = l != null && cityRight(x, l);
        boolean country = l != null && x.country().equals(l.country());
        s.city += city ? 1 : 0;
        s.country += country ? 1 : 0;
      }
    }
    out.printf("%s %-16s %-22s %s%n", id, x.trigger(), expected(x), e == null ? "(not coded)"
        : l == null ? "(no location)" : l.name() + " " + l.country() + " " + l.geonamesId()
            + " " + l.rule());
  }

  private static boolean cityRight(PlacesGold.Expected x, Location l) {
    if (x.geonamesId() != null) {
      return x.geonamesId().equals(l.geonamesId());
    }
    if (x.admin1() != null) {
      return x.admin1().equals(l.admin1()) && Location.ADMIN1.equals(l.precision());
    }
    return x.country().equals(l.country()) && Location.COUNTRY.equals(l.precision());
  }

  private static String expected(PlacesGold.Expected x) {
    if (!x.located()) {
      return "none";
    }
    return x.geonamesId() != null ? x.country() + " " + x.geonamesId()
        : x.admin1() != null ? x.admin1() : x.country() + " (country)";
  }
}
