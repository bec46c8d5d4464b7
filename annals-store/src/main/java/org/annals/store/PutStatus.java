package org.annals.store;

/** What {@link EventStore#put} did with an article. */
public enum PutStatus {
  /** New article; its events were stored and merged into canonical events. */
  STORED,
  /** Same article id (normalised text) or same URL as a stored article: nothing changed. */
  DUPLICATE,
  /** Same story as a stored article (MinHash): stored and linked, its events not counted as sources. */
  NEAR_DUPLICATE
}
