package org.annals.eval.common;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the country codes found in gold data (CAMEO-style: mostly ISO 3166 alpha-3, plus CAMEO
 * region codes and a few legacy spellings) to the codes Annals outputs: ISO 3166 alpha-3 for
 * countries, the CAMEO code for regions (WST, EUR, ...). Codes that name no country or region
 * (IGO, NGO, IMG: organisation types) do not resolve; evaluations report them.
 *
 * <p>Sources: ISO 3166 from the JDK; CAMEO region codes and the legacy CAMEO country codes
 * (ROM, MTN, TMP, IMY) from GDELT's CAMEO country table; JAP and ITL are spellings used in the
 * PLOVER gold standard records for Japan and Italy; KOS is Kosovo, which has no ISO code, as the
 * PLOVER manual codes it (CAMEO: KSV). Immutable and thread-safe.
 */
public final class CountryCodes {
  private static final Set<String> ISO =
      Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

  private static final Set<String> CAMEO_REGIONS = Set.of(
      "WSB", "GZS", "AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU",
      "EUR", "LAM", "MEA", "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF",
      "WST");

  /** Countries without an ISO 3166 alpha-3 code: Kosovo, as the PLOVER manual codes it. */
  private static final Set<String> PLOVER_COUNTRIES = Set.of("KOS");

  private static final Map<String, String> ALIASES = Map.of(
      "ROM", "ROU", "MTN", "MNE", "TMP", "TLS", "IMY", "IMN", "JAP", "JPN", "ITL", "ITA",
      "KSV", "KOS");

  private CountryCodes() {}

  /** The resolved code, or empty when {@code code} names no country or region. */
  public static Optional<String> resolve(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    String c = code.strip().toUpperCase(Locale.ROOT);
    if (c.length() > 3) {
      c = c.substring(0, 3); // a full CAMEO actor code such as USAGOV starts with the country
    }
    if (ISO.contains(c) || CAMEO_REGIONS.contains(c) || PLOVER_COUNTRIES.contains(c)) {
      return Optional.of(c);
    }
    return Optional.ofNullable(ALIASES.get(c));
  }

  /** Whether {@code code} resolves through a legacy alias rather than directly. */
  public static boolean isAlias(String code) {
    return code != null && ALIASES.containsKey(code.strip().toUpperCase(Locale.ROOT));
  }
}
