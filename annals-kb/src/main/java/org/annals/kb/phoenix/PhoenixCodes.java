package org.annals.kb.phoenix;

import java.util.Map;
import java.util.Set;

/**
 * CAMEO actor and agent codes split into a country (or IGO/NGO prefix) and a PLOVER 2.0 sector.
 * CAMEO's MED (media) is PLOVER's JRN and CAMEO's HLH (health) is PLOVER's MED; insurgents and
 * separatists are REB; NGOs and issue groups are SOC; religious codes are REL. Stateless.
 */
final class PhoenixCodes {

  private static final Map<String, String> SECTORS = Map.ofEntries(Map.entry("GOV", "GOV"),
      Map.entry("MIL", "MIL"), Map.entry("COP", "COP"), Map.entry("JUD", "JUD"),
      Map.entry("LEG", "LEG"), Map.entry("REB", "REB"), Map.entry("INS", "REB"),
      Map.entry("SEP", "REB"), Map.entry("IMG", "REB"), Map.entry("OPP", "OPP"),
      Map.entry("CVL", "CVL"), Map.entry("SET", "CVL"), Map.entry("BUS", "BUS"),
      Map.entry("MNC", "BUS"), Map.entry("MED", "JRN"), Map.entry("HLH", "MED"),
      Map.entry("EDU", "EDU"), Map.entry("REF", "REF"), Map.entry("LAB", "LAB"),
      Map.entry("AGR", "AGR"), Map.entry("SPY", "SPY"), Map.entry("CRM", "CRM"),
      Map.entry("ELI", "ELI"), Map.entry("PTY", "PTY"), Map.entry("NGO", "SOC"),
      Map.entry("NGM", "SOC"), Map.entry("HRI", "SOC"), Map.entry("ENV", "SOC"),
      Map.entry("DEV", "SOC"), Map.entry("UAF", "UAF"), Map.entry("IGO", "IGO"),
      Map.entry("PRM", "PRM"), Map.entry("RAD", "OPP"), Map.entry("UNK", "UNK"));
  private static final Set<String> RELIGIONS = Set.of("REL", "CHR", "MOS", "JEW", "BUD", "HIN",
      "JAN", "SIK", "SHN", "CON", "TAO", "ZRO", "ITR", "BAH", "DRZ", "ATH", "CTH", "PRO", "ORT",
      "SUN", "SHI", "ALE", "SUF", "CPT", "MRN", "ANG", "LDS", "PEN", "ADR");
  /** Prefixes that are not countries. */
  static final Set<String> NON_STATE = Set.of("IGO", "NGO", "IMG", "MNC", "NGM", "UIS", "PRE");

  private PhoenixCodes() {}

  /** The PLOVER sector of a 3-letter CAMEO agent code, or null. */
  static String sector(String agent) {
    if (RELIGIONS.contains(agent)) {
      return "REL";
    }
    return SECTORS.get(agent);
  }

  /**
   * The sector of a full actor code after its 3-letter prefix: the first 3-letter chunk that maps
   * ("RUSGOV" → GOV, "IGOUNO" → IGO, "USAMILGOV" → MIL); null for a bare country code.
   */
  static String sectorOf(String code) {
    String prefix = code.substring(0, Math.min(3, code.length()));
    if (NON_STATE.contains(prefix)) {
      String own = sector(prefix);
      if (own != null && !prefix.equals("IGO") && !prefix.equals("NGO")) {
        return own;
      }
      return prefix.equals("NGO") ? "NGO" : prefix.equals("IGO") ? "IGO" : null;
    }
    for (int i = 3; i + 3 <= code.length(); i += 3) {
      String s = sector(code.substring(i, i + 3));
      if (s != null) {
        return s;
      }
    }
    return null;
  }
}
