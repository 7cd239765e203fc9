package dev.switchboard.runtime.paging;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Iterates every item of a paged API, fetching a page only when the previous one is used up, so
 * memory holds one page at a time whatever the total.
 *
 * @param <T> the item type
 */
public final class AutoPager<T> implements Iterable<T> {
  private final Function<String, Page<T>> fetch;

  private AutoPager(Function<String, Page<T>> fetch) {
    this.fetch = fetch;
  }

  /**
   * @param fetch fetches the page starting at a cursor; called with null for the first page
   * @param <T> the item type
   * @return an iterable that pages lazily; each iteration starts from the first page again
   */
  public static <T> AutoPager<T> of(Function<String, Page<T>> fetch) {
    return new AutoPager<>(fetch);
  }

  /**
   * Collects every item without blocking: each page is requested when the previous one arrives.
   *
   * @param fetch fetches the page starting at a cursor; called with null for the first page
   * @param <T> the item type
   * @return completes with all items in order
   */
  public static <T> CompletableFuture<List<T>> collectAsync(Function<String, CompletableFuture<Page<T>>> fetch) {
    return collect(fetch, null, new ArrayList<>());
  }

  private static <T> CompletableFuture<List<T>> collect(
      Function<String, CompletableFuture<Page<T>>> fetch, String cursor, List<T> acc) {
    return fetch.apply(cursor).thenCompose(page -> {
      acc.addAll(page.items());
      if (!page.hasNext()) {
        return CompletableFuture.completedFuture(List.copyOf(acc));
      }
      if (page.nextCursor().equals(cursor)) {
        return CompletableFuture.failedFuture(
            new IllegalStateException("paging did not advance: cursor '" + cursor + "' returned again"));
      }
      return collect(fetch, page.nextCursor(), acc);
    });
  }

  /**
   * @return a sequential, lazy stream over every item
   */
  public Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  @Override
  public Iterator<T> iterator() {
    return new Iterator<>() {
      private Iterator<T> current;
      private String cursor;
      private boolean last;

      @Override
      public boolean hasNext() {
        while ((current == null || !current.hasNext()) && !last) {
          Page<T> page = fetch.apply(cursor);
          if (page.hasNext() && page.nextCursor().equals(cursor)) {
            // A server that hands back the cursor it was given would loop forever.
            throw new IllegalStateException("paging did not advance: cursor '" + cursor + "' returned again");
          }
          current = page.items().iterator();
          cursor = page.nextCursor();
          last = !page.hasNext();
        }
        return current != null && current.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }
}
