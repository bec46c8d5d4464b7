package org.annals.nlp.places;

import java.util.List;
import org.annals.kb.places.Place;

/** A place mention with the place chosen for it and why ({@code reasons}). Immutable. */
record Resolved(PlaceMention mention, Place place, List<String> reasons) {

  /** The reasons as one provenance string: {@code gazetteer:population+actor-country}. */
  String rule() {
    return "gazetteer:" + String.join("+", reasons);
  }
}
