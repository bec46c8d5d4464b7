package org.annals.kb.phoenix;

import java.time.LocalDate;
import java.util.List;

/**
 * The content of one Phoenix/PETRARCH dictionary file as read, with the problems found. Immutable.
 *
 * @param file the file name
 */
public record PhoenixDictionary(String file, List<Actor> actors, List<Agent> agents,
    List<Problem> problems) {

  public PhoenixDictionary {
    actors = List.copyOf(actors);
    agents = List.copyOf(agents);
    problems = List.copyOf(problems);
  }

  /**
   * A CAMEO code, restricted to a period or not. Both ends are inclusive as in PETRARCH
   * ({@code 991231-080507}); a null end is open. A code without restriction is the default code.
   */
  public record DatedCode(String code, LocalDate from, LocalDate to) {
    public boolean isDefault() {
      return from == null && to == null;
    }

    public boolean appliesOn(LocalDate date) {
      return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
  }

  /** One actor record: the primary phrase, its synonyms and its codes, as written (upper case). */
  public record Actor(String file, int line, String phrase, List<String> synonyms,
      List<DatedCode> codes) {
    public Actor {
      synonyms = List.copyOf(synonyms);
      codes = List.copyOf(codes);
    }

    /** All phrases: the primary one first. */
    public List<String> phrases() {
      return java.util.stream.Stream.concat(java.util.stream.Stream.of(phrase), synonyms.stream())
          .filter(p -> !p.isEmpty()).toList();
    }
  }

  /**
   * One agent phrase after expanding substitution sets and plurals.
   *
   * @param code the agent code without '~' (e.g. GOVFRM)
   */
  public record Agent(String file, int line, String phrase, String code) {}

  /** A line that did not fit the format; {@code recovered} when the reader could still use it. */
  public record Problem(String file, int line, String message, boolean recovered) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + message + (recovered ? " (recovered)" : " (skipped)");
    }
  }
}
