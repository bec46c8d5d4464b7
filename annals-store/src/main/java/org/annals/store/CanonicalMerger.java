package org.annals.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.annals.model.Article;
import org.annals.model.CodedEvent;
import org.annals.model.Location;

/**
 * Merges the asserted mentions of one bucket (same type, same participants) into canonical
 * events. A pure, deterministic function of the set of mentions: the result does not depend on
 * their order. Rules:
 * <ol>
 *   <li>mentions dated to a day group by day; a day's group splits by mode only when it has two
 *       different modes (a mention without a mode then forms its own group);</li>
 *   <li>a mention with an imprecise date (month, year, "before D", unknown) attaches to the one
 *       day group its date fits (with a compatible mode); among several, to the one whose
 *       attributes (e.g. duration) agree with the mention's; otherwise it forms a group with the
 *       mentions of the same imprecise date.</li>
 * </ol>
 * Thread-safe (stateless).
 */
final class CanonicalMerger {
  private CanonicalMerger() {}

  /** One canonical event being formed. */
  record Group(String id, String bucket, List<Member> members) {
    MentionRow rep() {
      return members.get(0).mention();
    }
  }

  /** A mention in a group, with why it is there. */
  record Member(MentionRow mention, String reason) {}

  static List<Group> merge(String bucket, List<MentionRow> input) {
    List<MentionRow> rows = new ArrayList<>(input);
    rows.sort(Comparator.comparing(MentionRow::id));
    TreeMap<LocalDate, List<MentionRow>> byDay = new TreeMap<>();
    List<MentionRow> vague = new ArrayList<>();
    for (MentionRow r : rows) {
      DateFit f = r.fit();
      if (f.isDay()) {
        byDay.computeIfAbsent(f.day(), k -> new ArrayList<>()).add(r);
      } else {
        vague.add(r);
      }
    }
    Map<String, Draft> drafts = new LinkedHashMap<>();
    for (Map.Entry<LocalDate, List<MentionRow>> e : byDay.entrySet()) {
      splitByMode(bucket, "day " + e.getKey(), e.getValue(), drafts, true);
    }
    List<Draft> dayDrafts = new ArrayList<>(drafts.values());
    TreeMap<String, List<MentionRow>> unattached = new TreeMap<>();
    for (MentionRow r : vague) {
      if (!attach(r, dayDrafts)) {
        String v = r.fit().value();
        unattached.computeIfAbsent(v == null ? "unknown" : v, k -> new ArrayList<>()).add(r);
      }
    }
    for (Map.Entry<String, List<MentionRow>> e : unattached.entrySet()) {
      splitByMode(bucket, "date '" + e.getKey() + "'", e.getValue(), drafts, false);
    }
    List<Group> out = new ArrayList<>();
    for (Draft d : drafts.values()) {
      out.add(d.finish(bucket));
    }
    out.sort(Comparator.comparing(Group::id));
    return out;
  }

  /** A group under construction. */
  private static final class Draft {
    final String anchor;
    final String mode;
    final LocalDate day;
    final List<Member> members = new ArrayList<>();

    Draft(String anchor, String mode, LocalDate day) {
      this.anchor = anchor;
      this.mode = mode;
      this.day = day;
    }

    Group finish(String bucket) {
      members.sort(Comparator.comparing((Member m) -> m.mention().fit().rank())
          .thenComparing(m -> m.mention().event().mode() == null)
          .thenComparing(m -> m.mention().published(), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(m -> m.mention().id()));
      String id = "c" + Article.sha256Hex(bucket + "|" + anchor).substring(0, 16);
      return new Group(id, bucket, List.copyOf(members));
    }

    Map<String, String> attributes() {
      Map<String, String> out = new TreeMap<>();
      for (Member m : members) {
        m.mention().event().attributes().forEach(out::putIfAbsent);
      }
      return out;
    }
  }

  private static void splitByMode(String bucket, String what, List<MentionRow> rows,
      Map<String, Draft> drafts, boolean isDay) {
    TreeSet<String> modes = new TreeSet<>();
    rows.forEach(r -> {
      if (r.event().mode() != null) {
        modes.add(r.event().mode());
      }
    });
    String base = participantsText(bucket);
    LocalDate day = isDay ? rows.get(0).fit().day() : null;
    for (MentionRow r : rows) {
      String mode = r.event().mode();
      String modeKey = modes.size() <= 1 ? "" : (mode == null ? "|mode:?" : "|mode:" + mode);
      String anchor = what + modeKey;
      Draft d = drafts.computeIfAbsent(anchor,
          k -> new Draft(k, modes.size() <= 1 ? (modes.isEmpty() ? null : modes.first()) : mode, day));
      String reason = "same type and participants (" + base + "), same " + what
          + (modes.size() > 1 ? (mode == null ? ", no mode while the day has several"
              : ", same mode " + mode) : "");
      d.members.add(new Member(r, reason));
    }
  }

  private static boolean attach(MentionRow r, List<Draft> dayDrafts) {
    DateFit f = r.fit();
    String mode = r.event().mode();
    List<Draft> fits = new ArrayList<>();
    for (Draft d : dayDrafts) {
      boolean modeOk = mode == null || d.mode == null || mode.equals(d.mode);
      if (modeOk && f.fits(d.day)) {
        fits.add(d);
      }
    }
    String what = f.value() == null ? "an unknown date" : "date '" + f.value() + "'";
    if (fits.size() == 1) {
      fits.get(0).members.add(new Member(r, what + " fits exactly one event of the same type and"
          + " participants, on " + fits.get(0).day));
      return true;
    }
    if (fits.size() > 1 && !r.event().attributes().isEmpty()) {
      List<Draft> agree = fits.stream().filter(d -> agrees(r.event(), d.attributes())).toList();
      if (agree.size() == 1) {
        agree.get(0).members.add(new Member(r, what + " fits " + fits.size() + " events; only the"
            + " one on " + agree.get(0).day + " has the same " + r.event().attributes()));
        return true;
      }
    }
    return false;
  }

  private static boolean agrees(CodedEvent e, Map<String, String> attrs) {
    boolean shared = false;
    for (Map.Entry<String, String> a : e.attributes().entrySet()) {
      String v = attrs.get(a.getKey());
      if (v != null) {
        if (!Objects.equals(v, a.getValue())) {
          return false;
        }
        shared = true;
      }
    }
    return shared;
  }

  private static String participantsText(String bucket) {
    int bar = bucket.indexOf('|');
    return bucket.substring(0, bar) + " " + bucket.substring(bar + 1);
  }

  /** The canonical event's coded fields: the representative with the group's attributes. */
  static CanonicalEvent toCanonical(Group g) {
    Map<String, String> attrs = new TreeMap<>();
    TreeSet<String> sources = new TreeSet<>();
    TreeSet<String> articles = new TreeSet<>();
    LocalDate first = null;
    LocalDate last = null;
    for (Member m : g.members()) {
      m.mention().event().attributes().forEach(attrs::putIfAbsent);
      sources.add(m.mention().sourceKey());
      articles.add(m.mention().articleId());
      LocalDate p = m.mention().published();
      if (p != null) {
        first = first == null || p.isBefore(first) ? p : first;
        last = last == null || p.isAfter(last) ? p : last;
      }
    }
    CodedEvent rep = attrs.equals(g.rep().event().attributes()) ? g.rep().event()
        : g.rep().event().withAttributes(attrs);
    Location where = location(g);
    if (!Objects.equals(where, rep.location())) {
      rep = rep.withLocation(where);
    }
    return new CanonicalEvent(g.id(), rep, g.members().size(), sources.size(), articles.size(),
        first, last);
  }

  /**
   * Where the canonical event happened: the best location among its mentions — one read from the
   * event's own clause before one taken from the article or the actors, then the more precise
   * (city, division, country) — the representative's when it is among the best.
   */
  static Location location(Group g) {
    Location best = g.rep().event().location();
    for (Member m : g.members()) {
      Location l = m.mention().event().location();
      if (l != null && placeRank(l) > placeRank(best)) {
        best = l;
      }
    }
    return best;
  }

  private static int placeRank(Location l) {
    if (l == null || l.country() == null) {
      return 0;
    }
    int precision = switch (l.precision() == null ? "" : l.precision()) {
      case Location.CITY -> 3;
      case Location.ADMIN1 -> 2;
      default -> 1;
    };
    boolean clause = l.rule() != null && l.rule().startsWith("place:clause");
    return (clause ? 10 : 0) + precision;
  }
}
