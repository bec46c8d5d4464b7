package org.annals.kb.phoenix;

import static org.annals.model.ontology.TsvRecords.cells;
import static org.annals.model.ontology.TsvRecords.checked;
import static org.annals.model.ontology.TsvRecords.escape;
import static org.annals.model.ontology.TsvRecords.number;
import static org.annals.model.ontology.TsvRecords.row;
import static org.annals.model.ontology.TsvRecords.split;
import static org.annals.model.ontology.TsvRecords.unescape;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annals.model.ontology.TsvRecords;

/**
 * The project's compiled form of Phoenix/PETRARCH dictionaries: what {@link PhoenixDictionaryReader}
 * and {@link PhoenixAgentReader} read from them, one tab-separated row per actor record, agent
 * phrase and problem, each with the line of its source file. Lines starting with {@code #} are
 * comments (the header says what the file was compiled from, by which tool, and the sources'
 * licence). Rows:
 * <pre>
 * source   FILE                                   the rows below come from this dictionary
 * actor    LINE  PHRASE  SYNONYMS  CODES          SYNONYMS separated by |
 * agent    LINE  PHRASE  CODE                     plurals and !SET! substitutions expanded
 * problem  LINE  recovered|skipped  MESSAGE
 * </pre>
 * CODES are separated by {@code |}; each is a CAMEO code, alone (the default code) or followed by
 * a blank and its period {@code FROM..TO}: ISO dates, both inclusive as in PETRARCH, an open end
 * left empty ({@code RUSGOV 1999-12-31..2008-05-07}, {@code RUSGOV 2008-05-08..}). Phrases are as
 * the readers give them (upper case, words joined by one blank). MESSAGE is escaped as
 * {@link TsvRecords#escape} says.
 *
 * <p>Stateless; thread-safe. {@link #read} returns dictionaries equal to those that were written.
 */
public final class PhoenixTsv {
  private static final String PHRASE_RESERVED = "\t|";

  private PhoenixTsv() {}

  /**
   * Writes {@code dictionaries} in order with {@code header} as comment lines.
   *
   * @throws IllegalArgumentException when a phrase or code holds a character the format reserves
   */
  public static void write(List<PhoenixDictionary> dictionaries, List<String> header, Writer out)
      throws IOException {
    TsvRecords.header(out, header);
    for (PhoenixDictionary d : dictionaries) {
      row(out, "source", checked(d.file(), "\t"));
      for (PhoenixDictionary.Actor a : d.actors()) {
        same(d, a.file());
        List<String> codes = new ArrayList<>();
        a.codes().forEach(c -> codes.add(code(c)));
        row(out, "actor", a.line(), checked(a.phrase(), PHRASE_RESERVED),
            String.join("|", a.synonyms().stream().map(PhoenixTsv::synonym).toList()),
            String.join("|", codes));
      }
      for (PhoenixDictionary.Agent a : d.agents()) {
        same(d, a.file());
        row(out, "agent", a.line(), checked(a.phrase(), PHRASE_RESERVED), code(a.code()));
      }
      for (PhoenixDictionary.Problem p : d.problems()) {
        same(d, p.file());
        row(out, "problem", p.line(), p.recovered() ? "recovered" : "skipped", escape(p.message()));
      }
    }
  }

  private static void same(PhoenixDictionary d, String file) {
    if (!d.file().equals(file)) {
      throw new IllegalArgumentException("a record of " + file + " in dictionary " + d.file());
    }
  }

  private static String synonym(String s) {
    if (s.isEmpty()) {
      throw new IllegalArgumentException("empty synonym");
    }
    return checked(s, PHRASE_RESERVED);
  }

  private static String code(String code) {
    if (code.isEmpty()) {
      throw new IllegalArgumentException("empty code");
    }
    return checked(code, " \t|.");
  }

  private static String code(PhoenixDictionary.DatedCode c) {
    String code = code(c.code());
    return c.isDefault() ? code : code + " " + (c.from() == null ? "" : c.from()) + ".."
        + (c.to() == null ? "" : c.to());
  }

  /**
   * Reads compiled dictionaries; {@code name} names the file in errors.
   *
   * @throws IllegalStateException naming the line when a row does not fit the format
   */
  public static List<PhoenixDictionary> read(String name, Reader in) throws IOException {
    Loader l = new Loader();
    TsvRecords.read(name, in, l::row);
    l.end();
    return l.out;
  }

  /** One read: the dictionary being collected. Not thread-safe. */
  private static final class Loader {
    final List<PhoenixDictionary> out = new ArrayList<>();
    String file;
    final List<PhoenixDictionary.Actor> actors = new ArrayList<>();
    final List<PhoenixDictionary.Agent> agents = new ArrayList<>();
    final List<PhoenixDictionary.Problem> problems = new ArrayList<>();

    void row(String[] c) {
      if (!c[0].equals("source") && file == null) {
        throw new IllegalArgumentException("'" + c[0] + "' row before any 'source' row");
      }
      switch (c[0]) {
        case "source" -> {
          end();
          file = cells(c, 2)[1];
        }
        case "actor" -> actors.add(new PhoenixDictionary.Actor(file, number(cells(c, 5)[1]), c[2],
            split(c[3], "|"), split(c[4], "|").stream().map(PhoenixTsv::datedCode).toList()));
        case "agent" -> agents.add(new PhoenixDictionary.Agent(file, number(cells(c, 4)[1]), c[2],
            c[3]));
        case "problem" -> problems.add(new PhoenixDictionary.Problem(file, number(cells(c, 4)[1]),
            unescape(c[3]), recovered(c[2])));
        default -> throw new IllegalArgumentException("unknown row kind '" + c[0] + "'");
      }
    }

    void end() {
      if (file != null) {
        out.add(new PhoenixDictionary(file, actors, agents, problems));
        actors.clear();
        agents.clear();
        problems.clear();
      }
    }
  }

  private static boolean recovered(String s) {
    if (!s.equals("recovered") && !s.equals("skipped")) {
      throw new IllegalArgumentException("expected 'recovered' or 'skipped', not '" + s + "'");
    }
    return s.equals("recovered");
  }

  private static PhoenixDictionary.DatedCode datedCode(String s) {
    int blank = s.indexOf(' ');
    if (blank < 0) {
      return new PhoenixDictionary.DatedCode(s, null, null);
    }
    String period = s.substring(blank + 1);
    int dots = period.indexOf("..");
    if (dots < 0 || dots == 0 && period.length() == 2) {
      throw new IllegalArgumentException("bad period '" + period + "' (expected FROM..TO)");
    }
    return new PhoenixDictionary.DatedCode(s.substring(0, blank), date(period.substring(0, dots)),
        date(period.substring(dots + 2)));
  }

  private static LocalDate date(String s) {
    try {
      return s.isEmpty() ? null : LocalDate.parse(s);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO date: '" + s + "'", e);
    }
  }
}
