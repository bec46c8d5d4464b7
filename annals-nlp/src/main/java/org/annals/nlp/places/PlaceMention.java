package org.annals.nlp.places;

import java.util.List;
import org.annals.kb.places.Gazetteer;

/**
 * A place name in the article: its sentence, tokens {@code [first, last]}, character span and the
 * places it may denote. Immutable.
 *
 * @param ner whether the NER tagged its words as a place (else a gazetteer-only match)
 */
record PlaceMention(int sentence, int first, int last, int start, int end, String text,
    List<Gazetteer.Candidate> candidates, boolean ner) {}
