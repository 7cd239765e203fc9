package dev.switchboard.runtime.paging;

import java.util.List;

/**
 * One page of results and where the next one starts.
 *
 * @param items the page's items
 * @param nextCursor the cursor or page token of the next page; null or empty on the last page
 * @param <T> the item type
 */
public record Page<T>(List<T> items, String nextCursor) {
  /**
   * Defensive copy; null items become empty.
   *
   * @param items the page's items
   * @param nextCursor the cursor or page token of the next page; null or empty on the last page
   */
  public Page {
    items = items == null ? List.of() : List.copyOf(items);
  }

  /**
   * @return whether another page follows
   */
  public boolean hasNext() {
    return nextCursor != null && !nextCursor.isEmpty();
  }
}
