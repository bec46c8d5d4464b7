package org.annals.store;

import java.util.List;

/** One page of results; {@code page} counts from 0. */
public record Page<T>(List<T> items, long total, int page, int size) {
  public Page {
    items = List.copyOf(items);
  }
}
