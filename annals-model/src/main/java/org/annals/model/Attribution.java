package org.annals.model;

/**
 * Who the article says reported the event ("according to Kremlin spokesman Dmitry Peskov",
 * "reportedly", "X said").
 *
 * @param text the attributing words in the article
 * @param name the source's name when one is given (e.g. "Dmitry Peskov"), else null
 */
public record Attribution(String text, String name, int start, int end) {}
