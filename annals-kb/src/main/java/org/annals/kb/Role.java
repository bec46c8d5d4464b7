package org.annals.kb;

import java.time.LocalDate;

/**
 * A dated role of a person: an office in a country's government (or an organisation) from one day
 * to another ({@code to == null}: still in office).
 *
 * @param office a stable office key: HEAD_OF_STATE, HEAD_OF_GOVERNMENT, FOREIGN_MINISTER,
 *     DEFENCE_MINISTER, SPOKESPERSON, ADVISER, SECRETARY_GENERAL, ...
 * @param title the office as written, e.g. "President of Russia"
 * @param sector PLOVER sector of the office (GOV, MIL, ...)
 * @param source where the dates come from
 */
public record Role(
    String personId, String office, String country, String title, String sector, LocalDate from,
    LocalDate to, String source) {

  /** Whether the role was held on {@code date} (from inclusive, to exclusive). */
  public boolean heldOn(LocalDate date) {
    return !date.isBefore(from) && (to == null || date.isBefore(to));
  }
}
