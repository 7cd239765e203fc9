/**
 * Paged operations as {@link dev.switchboard.runtime.paging.PagedIterable}: items, pages with
 * continuation tokens, resuming, {@code map} and async collection. The generated clients build
 * them from each operation's {@code x-pagination} declaration in its spec.
 */
package dev.switchboard.runtime.paging;
