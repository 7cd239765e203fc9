package dev.switchboard.runtime.paging;

import dev.switchboard.runtime.error.UnexpectedResponseException;
import java.util.List;

/**
 * One page of results and the continuation token of the page after it.
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
   * A page from a decoded response, for generated code: a null element is the server's fault, so it
   * becomes an {@link UnexpectedResponseException} naming the list and the index, never a
   * {@code NullPointerException}. A missing list is an empty page.
   *
   * @param provider the provider, named in the error
   * @param operation the operation, named in the error
   * @param field where the items are in the response ({@code $} for a body that is the list)
   * @param items the page's items as decoded
   * @param nextCursor the next page's cursor as decoded
   * @param <T> the item type
   * @return the page
   */
  public static <T> Page<T> checked(String provider, String operation, String field, List<T> items, String nextCursor) {
    if (items != null) {
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) == null) {
          throw new UnexpectedResponseException(provider, operation, 0, "null element " + field + "[" + i + "]");
        }
      }
    }
    return new Page<>(items, nextCursor);
  }

  /**
   * {@link #checked(String, String, String, List, String)} for a response that also says, in a flag
   * of its own, whether more items follow (GraphQL's {@code pageInfo.hasNextPage}): a page that says
   * so but gives no cursor to fetch them would end the walk early and silently, so it is an
   * {@link UnexpectedResponseException} naming the operation and the flag instead.
   *
   * @param provider the provider, named in the error
   * @param operation the operation, named in the error
   * @param field where the items are in the response ({@code $} for a body that is the list)
   * @param items the page's items as decoded
   * @param nextCursor the next page's cursor as decoded
   * @param moreField where the flag is in the response, named in the error
   * @param more whether the response says more items follow
   * @param <T> the item type
   * @return the page
   */
  public static <T> Page<T> checked(String provider, String operation, String field, List<T> items, String nextCursor,
      String moreField, boolean more) {
    if (more && (nextCursor == null || nextCursor.isEmpty())) {
      throw new UnexpectedResponseException(provider, operation, 0,
          "the page says more items follow (" + moreField + " is true) but gives no cursor to fetch them");
    }
    return checked(provider, operation, field, items, nextCursor);
  }

  /**
   * @return whether another page follows
   */
  public boolean hasNext() {
    return nextCursor != null && !nextCursor.isEmpty();
  }

  /**
   * The token to resume from with {@link PagedIterable#iterableByPage(String)}: the next page's
   * cursor, or {@code null} on the last page (an empty token, Bird's end marker, counts as none).
   *
   * @return the next page's token, or {@code null} when this is the last page
   */
  public String continuationToken() {
    return hasNext() ? nextCursor : null;
  }
}
