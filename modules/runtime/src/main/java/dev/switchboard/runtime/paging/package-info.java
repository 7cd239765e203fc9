/** Lazy auto-paging over cursor- or token-paged APIs. */
package dev.switchboard.runtime.paging;
