package dev.switchboard.runtime.internal;

import dev.switchboard.runtime.error.UnexpectedResponseException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * For the generated paging of a list whose response gives the next page as a URL (Twilio's
 * {@code meta.next_page_url}; {@code x-pagination.cursorFromUrl} in the spec): the cursor is one
 * query parameter of that URL. Only that value is taken: the next request goes to the client's
 * own base URL, so a URL pointing elsewhere never receives the credential.
 */
public final class PageLinks {
  private PageLinks() {}

  /**
   * @param provider the platform, for errors
   * @param operation the list operation, for errors
   * @param url the next page's URL as the response gave it (a {@link URI} or text), or null
   * @param param the query parameter holding the cursor, e.g. {@code PageToken}
   * @return the cursor, or null when there is no next page (no URL, or an empty one)
   * @throws UnexpectedResponseException if the URL is not one, or carries no such parameter: ending
   *     the walk there would list a part as the whole
   */
  public static String queryValue(String provider, String operation, Object url, String param) {
    String text = url == null ? "" : url.toString().strip();
    if (text.isEmpty()) {
      return null;
    }
    String query;
    try {
      query = URI.create(text).getRawQuery();
    } catch (IllegalArgumentException e) {
      // Never quote the URL: a response may echo anything.
      throw new UnexpectedResponseException(provider, operation, 0, "the next page's URL is not a URL");
    }
    if (query != null) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
        if (name.equals(param) && eq >= 0) {
          String value = decode(pair.substring(eq + 1));
          if (!value.isEmpty()) {
            return value;
          }
        }
      }
    }
    throw new UnexpectedResponseException(provider, operation, 0,
        "the next page's URL carries no " + param + " to fetch it with");
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
