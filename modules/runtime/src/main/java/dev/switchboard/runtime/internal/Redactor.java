package dev.switchboard.runtime.internal;

import dev.switchboard.runtime.auth.Secret;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from text before it reaches a log line or an exception: every known credential
 * value, and the value of any JSON field whose name says it is a secret (a platform may echo a key,
 * and LiveChat's webhook {@code secret_key} or bcrumbs' API {@code key} travel in bodies).
 */
public final class Redactor {
  /** What a removed secret is replaced with. */
  public static final String MASK = "[REDACTED]";

  /** A field name that says its value is a secret; one rule for JSON bodies and GraphQL extensions. */
  private static final String SECRET_NAME_REGEX =
      "[A-Za-z_]*(?:secret|token|password|apikey|api_key|access_key|accesskey)[A-Za-z_]*|key|authorization";

  private static final Pattern SECRET_JSON_FIELD =
      Pattern.compile("(\"(?:" + SECRET_NAME_REGEX + ")\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"", Pattern.CASE_INSENSITIVE);

  private static final Pattern SECRET_NAME = Pattern.compile(SECRET_NAME_REGEX, Pattern.CASE_INSENSITIVE);


  private final List<String> secrets;

  /**
   * @param name a field or header name
   * @return whether a value under that name is a secret (masked wherever it appears)
   */
  public static boolean isSecretName(String name) {
    return name != null && SECRET_NAME.matcher(name).matches();
  }

  /**
   * @param secrets the credential values to remove wherever they appear
   */
  public Redactor(Collection<Secret> secrets) {
    List<String> values = new ArrayList<>();
    for (Secret s : secrets) {
      values.add(s.reveal());
    }
    // Longest first, so a secret that contains another is removed whole.
    values.sort((a, b) -> Integer.compare(b.length(), a.length()));
    this.secrets = List.copyOf(values);
  }

  /**
   * @param text any text, may be null
   * @return the text with secrets masked
   */
  public String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    for (String s : secrets) {
      out = out.replace(s, MASK);
    }
    Matcher m = SECRET_JSON_FIELD.matcher(out);
    return m.find() ? m.replaceAll("$1\"" + Matcher.quoteReplacement(MASK) + "\"") : out;
  }

  /**
   * A form body ({@code application/x-www-form-urlencoded}) as {@link #redact} treats JSON: the
   * value of every secret-named field is masked, and so is every value that holds a known secret
   * once decoded, however it was percent-encoded.
   *
   * @param form a form body, may be null
   * @return the body with secrets masked
   */
  public String redactForm(String form) {
    if (form == null || form.isEmpty()) {
      return form;
    }
    StringBuilder out = new StringBuilder(form.length());
    for (String pair : form.split("&", -1)) {
      if (out.length() > 0) {
        out.append('&');
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      if (eq >= 0 && (isSecretName(decoded(name)) || holdsSecret(decoded(pair.substring(eq + 1))))) {
        out.append(name).append('=').append(MASK);
      } else {
        out.append(pair);
      }
    }
    return redact(out.toString());
  }

  private boolean holdsSecret(String value) {
    for (String s : secrets) {
      if (value.contains(s)) {
        return true;
      }
    }
    return false;
  }

  /** A malformed escape is kept as written: this only decides what to mask. */
  private static String decoded(String s) {
    try {
      return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
