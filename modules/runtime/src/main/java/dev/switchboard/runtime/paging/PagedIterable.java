package dev.switchboard.runtime.paging;

import dev.switchboard.runtime.error.UnexpectedResponseException;
import dev.switchboard.runtime.internal.RequestScope;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The items of a paged operation, with access to its pages (modelled on Azure's
 * {@code PagedIterable}). Iterating it, or its {@link #stream()}, walks every item; {@link #iterableByPage()}
 * walks the pages, each with its items and the continuation token of the page after it; and
 * {@link #iterableByPage(String)} resumes from such a token. {@link #collectAsync()} gathers every
 * item without blocking a caller thread.
 *
 * <p>Pages are fetched lazily: a page is requested only when the previous one is used up, and
 * each page once per walk, so memory holds one page at a time whatever the total. Every walk
 * starts again from its first page (nothing is cached between walks). A server failure surfaces
 * as the runtime's typed exceptions, unchanged; a server that answers the continuation token it
 * was just given (which would page forever) is an {@link UnexpectedResponseException}.
 *
 * <p>Instances are immutable and thread-safe; a walk (an iterator) is not shared between threads.
 *
 * @param <T> the item type
 */
public final class PagedIterable<T> implements Iterable<T> {
  private final String provider;
  private final String operation;
  private final Function<String, Page<T>> fetch;
  private final Function<String, CompletableFuture<Page<T>>> fetchAsync;

  private PagedIterable(String provider, String operation, Function<String, Page<T>> fetch,
      Function<String, CompletableFuture<Page<T>>> fetchAsync) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.operation = Objects.requireNonNull(operation, "operation");
    this.fetch = Objects.requireNonNull(fetch, "fetch");
    this.fetchAsync = Objects.requireNonNull(fetchAsync, "fetchAsync");
  }

  /**
   * A paged operation, from its two page fetchers. Generated code builds these (see
   * {@code codegen/templates}); user code receives them.
   *
   * @param provider the provider, named in errors
   * @param operation the operation, named in errors
   * @param fetch fetches the page a continuation token starts; called with {@code null} for the
   *     first page
   * @param fetchAsync the same without blocking: the generated async client's call
   * @param <T> the item type
   * @return an iterable that fetches pages lazily
   */
  public static <T> PagedIterable<T> of(String provider, String operation, Function<String, Page<T>> fetch,
      Function<String, CompletableFuture<Page<T>>> fetchAsync) {
    Objects.requireNonNull(fetch, "fetch");
    Objects.requireNonNull(fetchAsync, "fetchAsync");
    // Made inside an operation given RequestOptions: every page, fetched later and on any
    // thread, is a request of that operation (its headers, its deadline).
    RequestScope scope = RequestScope.current();
    if (scope == null) {
      return new PagedIterable<>(provider, operation, fetch, fetchAsync);
    }
    return new PagedIterable<>(provider, operation, token -> RequestScope.within(scope, () -> fetch.apply(token)),
        token -> RequestScope.within(scope, () -> fetchAsync.apply(token)));
  }

  /**
   * @return the items of every page, in order, fetching pages as iteration proceeds
   */
  @Override
  public Iterator<T> iterator() {
    return new Iterator<>() {
      private final Iterator<Page<T>> pages = new Pages(null);
      private Iterator<T> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        // Skips empty pages: a server may answer an empty page that still says more follow.
        while (!current.hasNext() && pages.hasNext()) {
          current = pages.next().items().iterator();
        }
        return current.hasNext();
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

  /**
   * @return a sequential, lazy stream over every item
   */
  public Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
  }

  /**
   * @return the pages from the first, each with its items and the token of the page after it
   */
  public Iterable<Page<T>> iterableByPage() {
    return iterableByPage(null);
  }

  /**
   * Resumes a walk: the pages from the one a continuation token starts (a token a page's
   * {@link Page#continuationToken()} gave earlier, perhaps in another process).
   *
   * @param continuationToken where to start; {@code null} for the first page
   * @return the pages from there on
   */
  public Iterable<Page<T>> iterableByPage(String continuationToken) {
    return () -> new Pages(continuationToken);
  }

  /**
   * @return a sequential, lazy stream over the pages from the first
   */
  public Stream<Page<T>> streamByPage() {
    return StreamSupport.stream(iterableByPage().spliterator(), false);
  }

  /**
   * Each item transformed; as lazy as this iterable (each page is transformed when it is fetched),
   * and keeping page access and continuation tokens.
   *
   * @param mapper applied to every item
   * @param <R> the new item type
   * @return the mapped iterable
   */
  public <R> PagedIterable<R> map(Function<? super T, ? extends R> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return new PagedIterable<>(provider, operation, token -> mapPage(fetch.apply(token), mapper),
        token -> fetchAsync.apply(token).thenApply(page -> mapPage(page, mapper)));
  }

  /**
   * Each page's items replaced by what a page-level function makes of them, for an adapter that
   * must complete every page with another call (LiveChat v3.4 joins each page of bots with the
   * routing statuses). The function sees the whole page and is called once per page fetched; the
   * page keeps its continuation token whatever the function returns, so paging stays the
   * operation's.
   *
   * @param mapper blocking: a page to its new items
   * @param asyncMapper the same without blocking
   * @param <R> the new item type
   * @return the transformed iterable
   */
  public <R> PagedIterable<R> mapPages(Function<? super Page<T>, ? extends List<R>> mapper,
      Function<? super Page<T>, ? extends CompletableFuture<? extends List<R>>> asyncMapper) {
    Objects.requireNonNull(mapper, "mapper");
    Objects.requireNonNull(asyncMapper, "asyncMapper");
    return new PagedIterable<>(provider, operation, token -> {
      Page<T> page = fetch.apply(token);
      return new Page<R>(mapper.apply(page), page.continuationToken());
    }, token -> fetchAsync.apply(token).thenCompose(page ->
        asyncMapper.apply(page).thenApply(items -> new Page<R>(items, page.continuationToken()))));
  }

  /**
   * Only the items a predicate accepts; pages stay pages (one may become empty) with their tokens,
   * so a filter that runs on the client does not change where a walk resumes.
   *
   * @param predicate which items to keep
   * @return the filtered iterable
   */
  public PagedIterable<T> filter(Predicate<? super T> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    return new PagedIterable<>(provider, operation, token -> filterPage(fetch.apply(token), predicate),
        token -> fetchAsync.apply(token).thenApply(page -> filterPage(page, predicate)));
  }

  /**
   * Every item, fetched without blocking a caller thread: each page is requested, through the
   * async client, when the previous one has arrived. A failure completes the future
   * exceptionally with the same typed exception a blocking walk throws.
   *
   * @return completes with all items in order
   */
  public CompletableFuture<List<T>> collectAsync() {
    return collectAsync(null);
  }

  /**
   * {@link #collectAsync()} from a continuation token.
   *
   * @param continuationToken where to start; {@code null} for the first page
   * @return completes with the items from that page on
   */
  public CompletableFuture<List<T>> collectAsync(String continuationToken) {
    return collect(continuationToken, new ArrayList<>());
  }

  private CompletableFuture<List<T>> collect(String token, List<T> acc) {
    CompletableFuture<Page<T>> page;
    try {
      page = fetchAsync.apply(token);
    } catch (RuntimeException e) {
      // Input rejected before sending is a failed future too, like every other failure.
      return CompletableFuture.failedFuture(e);
    }
    return page.thenCompose(p -> {
      checkAdvances(token, p);
      acc.addAll(p.items());
      return p.hasNext() ? collect(p.continuationToken(), acc) : CompletableFuture.completedFuture(List.copyOf(acc));
    });
  }

  private void checkAdvances(String token, Page<T> page) {
    if (token != null && page.hasNext() && token.equals(page.continuationToken())) {
      throw new UnexpectedResponseException(provider, operation, 0,
          "the next-page token repeats the current one (paging would not end)");
    }
  }

  private static <T, R> Page<R> mapPage(Page<T> page, Function<? super T, ? extends R> mapper) {
    List<R> items = new ArrayList<>(page.items().size());
    for (T item : page.items()) {
      items.add(mapper.apply(item));
    }
    return new Page<>(items, page.continuationToken());
  }

  private static <T> Page<T> filterPage(Page<T> page, Predicate<? super T> predicate) {
    return new Page<>(page.items().stream().filter(predicate).collect(Collectors.toList()), page.continuationToken());
  }

  @Override
  public String toString() {
    return "PagedIterable[" + provider + " " + operation + "]";
  }

  /** One walk over the pages: fetches the next page only when asked for it, and each page once. */
  private final class Pages implements Iterator<Page<T>> {
    private String token;
    private boolean done;

    Pages(String token) {
      this.token = token;
    }

    @Override
    public boolean hasNext() {
      return !done;
    }

    @Override
    public Page<T> next() {
      if (done) {
        throw new NoSuchElementException();
      }
      Page<T> page = fetch.apply(token);
      checkAdvances(token, page);
      token = page.continuationToken();
      done = !page.hasNext();
      return page;
    }
  }
}
