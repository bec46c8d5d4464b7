package org.annals.nlp.places;

import java.util.List;
import org.annals.kb.places.Place;

/**
 * A place mention with the place chosen for it and why ({@code reasons}), and every reading the
 * article-level choice weighed ({@code readings}, best first; empty when the place was not chosen
 * by score, e.g. a dateline or a name that follows its qualified use). Immutable.
 */
record Resolved(PlaceMention mention, Place place, List<String> reasons, List<Reading> readings) {

  /** One place a name may denote, with its article-level score and the reasons behind it. */
  record Reading(Place place, double score, List<String> reasons) {
    Reading {
      reasons = List.copyOf(reasons);
    }
  }

  Resolved {
    reasons = List.copyOf(reasons);
    readings = List.copyOf(readings);
  }

  Resolved(PlaceMention mention, Place place, List<String> reasons) {
    this(mention, place, reasons, List.of());
  }

  /** The reasons as one provenance string: {@code gazetteer:population+actor-country}. */
  String rule() {
    return "gazetteer:" + String.join("+", reasons);
  }
}
