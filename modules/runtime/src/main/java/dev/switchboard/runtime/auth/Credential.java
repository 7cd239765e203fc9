package dev.switchboard.runtime.auth;

import java.util.Base64;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a client authenticates: one header whose value holds a secret.
 *
 * <p>Every platform Switchboard speaks to authenticates with a single header (an API key header,
 * {@code Authorization: Bearer}, {@code Authorization: Basic} or {@code Authorization: AccessKey}).
 * The credential also lists the raw secrets it carries so the runtime can redact them anywhere
 * they might surface (error bodies, log lines). A platform may also route a credential by a
 * non-secret header sent beside it (LiveChat's {@code X-Region}, the token's data centre): see
 * {@link #withRoutingHeader(String, String)}.
 */
public final class Credential {
  private final String headerName;
  private final Secret headerValue;
  private final List<Secret> secrets;
  private final Map<String, String> routingHeaders;

  /** Names and values of routing headers: plain tokens, so nothing can be smuggled into a request. */
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private Credential(String headerName, Secret headerValue, List<Secret> secrets) {
    this(headerName, headerValue, secrets, Map.of());
  }

  private Credential(String headerName, Secret headerValue, List<Secret> secrets, Map<String, String> routingHeaders) {
    this.headerName = Objects.requireNonNull(headerName, "headerName");
    this.headerValue = headerValue;
    this.secrets = List.copyOf(secrets);
    this.routingHeaders = Map.copyOf(routingHeaders);
  }

  /**
   * The same credential, also sending a header that is not secret and that the platform needs to
   * route the call, e.g. {@code X-Region: fra} for a LiveChat token of the {@code fra} data centre.
   * The value must not be (part of) a secret: it is sent and logged as is.
   *
   * @param name the header name
   * @param value the header value, a plain token such as {@code fra}
   * @return a new credential with the header added
   * @throws IllegalArgumentException if the name or value is not a plain token
   */
  public Credential withRoutingHeader(String name, String value) {
    if (name == null || !TOKEN.matcher(name).matches()) {
      throw new IllegalArgumentException("routing header name must be a plain token");
    }
    if (value == null || !TOKEN.matcher(value).matches()) {
      // Never quote the value: a caller may have passed part of a secret by mistake.
      throw new IllegalArgumentException(name + " must be a plain token such as dal or fra");
    }
    Map<String, String> headers = new LinkedHashMap<>(routingHeaders);
    headers.put(name, value);
    return new Credential(headerName, headerValue, secrets, headers);
  }

  /**
   * The non-secret headers sent beside the credential header on every call.
   *
   * @return header name to value, possibly empty
   */
  public Map<String, String> routingHeaders() {
    return routingHeaders;
  }

  /**
   * A header carrying the secret as is, e.g. {@code api_access_token: <token>}.
   *
   * @param headerName the header name
   * @param secret the secret
   * @return the credential
   */
  public static Credential header(String headerName, Secret secret) {
    return new Credential(headerName, secret, List.of(secret));
  }

  /**
   * A header carrying {@code <scheme> <secret>}, e.g. {@code Authorization: AccessKey <key>}.
   *
   * @param headerName the header name
   * @param scheme the scheme word put before the secret
   * @param secret the secret
   * @return the credential
   */
  public static Credential header(String headerName, String scheme, Secret secret) {
    Objects.requireNonNull(scheme, "scheme");
    return new Credential(
        headerName, Secret.of(scheme + " " + secret.reveal(), headerName), List.of(secret));
  }

  /**
   * {@code Authorization: Bearer <token>}.
   *
   * @param token the bearer token
   * @return the credential
   */
  public static Credential bearer(Secret token) {
    return header("Authorization", "Bearer", token);
  }

  /**
   * {@code Authorization: Basic base64(user:password)}, for a user name that is not secret (an
   * account id): the password and the base64 form are redacted, the user name is not.
   *
   * @param user the user name (not secret)
   * @param password the password or personal access token
   * @return the credential
   */
  public static Credential basic(String user, Secret password) {
    Objects.requireNonNull(user, "user");
    return basic(user, password, List.of(password));
  }

  /**
   * {@code Authorization: Basic base64(user:password)} where both halves are secret, e.g. Twilio's
   * account SID and auth token, or API key SID and secret: the user, the password and the base64
   * form are each redacted wherever they appear (wire log, error bodies, messages).
   *
   * @param user the user half (an account or key id that is not to be shown)
   * @param password the password half
   * @return the credential
   * @throws IllegalArgumentException if the user contains {@code ':'} (HTTP Basic cannot carry it)
   */
  public static Credential basic(Secret user, Secret password) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    return basic(user.reveal(), password, List.of(user, password));
  }

  private static Credential basic(String user, Secret password, List<Secret> halves) {
    if (user.indexOf(':') >= 0) {
      // RFC 7617: the user-id cannot contain a colon; never quote it, it may be secret.
      throw new IllegalArgumentException("a Basic credential's user must not contain ':'");
    }
    String encoded =
        Base64.getEncoder()
            .encodeToString((user + ":" + password.reveal()).getBytes(StandardCharsets.UTF_8));
    List<Secret> secrets = new java.util.ArrayList<>(halves);
    secrets.add(Secret.of(encoded, "basic credentials"));
    return new Credential("Authorization", Secret.of("Basic " + encoded, "Authorization"), secrets);
  }

  /**
   * The header this credential sets.
   *
   * @return the header name
   */
  public String headerName() {
    return headerName;
  }

  /**
   * The full header value, to be put on the wire only.
   *
   * @return the header value
   */
  public Secret headerValue() {
    return headerValue;
  }

  /**
   * Every raw secret this credential carries, for redaction.
   *
   * @return the secrets
   */
  public List<Secret> secrets() {
    return secrets;
  }

  /** Names the header, never the value. */
  @Override
  public String toString() {
    return "Credential[" + headerName + ": ****]";
  }
}
