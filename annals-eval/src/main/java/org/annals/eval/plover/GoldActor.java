package org.annals.eval.plover;

/**
 * One actor of a PLOVER gold record.
 *
 * @param text the actor's words as the gold gives them
 * @param code the gold code as written (CAMEO-style, e.g. {@code USA}, {@code IGO})
 * @param country the code resolved by {@link org.annals.eval.common.CountryCodes}, or null
 * @param sector the normalised sector (three upper-case letters, e.g. GOV), or null when the gold
 *     gives none or {@code ***}
 */
public record GoldActor(String text, String code, String country, String sector) {}
