package org.annals.nlp.claims;

import java.util.List;
import java.util.Locale;

/**
 * The nouns and verbs claims count ("call", "phone conversation", "visit", "round of talks",
 * "spoke", "met") and the event type and mode they stand for, with the modifiers allowed between
 * a number and the noun ("sixth direct call"). Any other word in that place ("the first time",
 * "first lady") means the phrase is not a claim. Pure and thread-safe.
 *
 * <p>Modes: {@code phone} (PLOVER CONSULT phone), {@code visit}, {@code in-person} (any CONSULT
 * mode but phone), or none (any CONSULT).
 */
final class EventNouns {
  /** The event type every claim noun stands for. */
  static final String CONSULT = "CONSULT";

  /** An event noun, singular or plural ("the fifth talk since ..." as well as "talks"). */
  static final String NOUN = "(?:(?:(?:tele)?phone|video)\\s+(?:calls?|conversations?|talks?)"
      + "|calls?|conversations?|visits?|trips?|meetings?|summits?|talks?"
      + "|rounds?\\s+of\\s+(?:direct\\s+)?(?:talks|negotiations)|negotiations?|discussions?|contacts?)";
  /** A plural event noun (for cardinals: "three calls"). */
  static final String PLURAL = "(?:(?:(?:tele)?phone|video)\\s+(?:calls|conversations|talks)"
      + "|calls|conversations|visits|trips|meetings|summits|talks"
      + "|rounds\\s+of\\s+(?:direct\\s+)?(?:talks|negotiations)|negotiations|discussions|contacts)";
  /** Words allowed between a number and the noun. */
  static final String MODIFIER = "(?:direct|face-to-face|in-person|bilateral|official|state"
      + "|formal|informal|known|reported|publicly\\s+known|foreign|overseas|trilateral|peace"
      + "|ceasefire|presidential|leaders'?|private|such|high-level|lengthy|long|brief|short"
      + "|(?:tele)?phone|video)";
  /** Zero to three modifiers, each followed by white space. */
  static final String MODIFIERS = "(?:" + MODIFIER + "\\s+){0,3}";
  /** Word parts every event-claim sentence contains (lower case), for pre-checks. */
  static final List<String> KEYWORDS = List.of("call", "conversation", "visit", "trip", "meeting",
      "summit", "talk", "negotiation", "contact", "spoke", "spoken", "met ", "phoned");

  /** Any event noun as a whole word (a compiled, thread-safe pattern). */
  static final java.util.regex.Pattern ANY_NOUN = java.util.regex.Pattern.compile(
      "\\b" + NOUN + "\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
  /** Verbs of contact for "last spoke on", "spoke three times". */
  static final String VERB = "(?:spoke|spoken|talked|met|called|phoned|visited)";

  private EventNouns() {}

  /** The mode a noun phrase (modifiers and noun) stands for, or null for any. */
  static String mode(String phrase) {
    String p = phrase.toLowerCase(Locale.ROOT);
    if (p.contains("phone") || p.contains("video") || p.matches("(?s).*\\bcalls?\\b.*")) {
      return "phone";
    }
    if (p.contains("face-to-face") || p.contains("in-person")) {
      return "in-person";
    }
    if (p.contains("visit") || p.contains("trip")) {
      return "visit";
    }
    if (p.contains("meeting") || p.contains("summit") || p.matches("(?s).*\\btalks?\\b.*")
        || p.contains("negotiation") || p.contains("discussion")) {
      return "in-person";
    }
    return null;
  }

  /** The mode a contact verb stands for ("by phone" after it makes it phone). */
  static String verbMode(String verb, boolean byPhone) {
    String v = verb.toLowerCase(Locale.ROOT);
    if (byPhone || v.equals("called") || v.equals("phoned")) {
      return "phone";
    }
    if (v.equals("met")) {
      return "in-person";
    }
    if (v.equals("visited")) {
      return "visit";
    }
    return null;
  }
}
