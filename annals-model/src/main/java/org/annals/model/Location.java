package org.annals.model;

/** Where an event took place, as written, with the country it resolves to. */
public record Location(String text, String country, int start, int end) {}
