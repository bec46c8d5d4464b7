package org.annals.model;

/** The words that triggered an event (a verb, a nominalisation or a multi-word phrase). */
public record Trigger(int start, int end, String text) {}
