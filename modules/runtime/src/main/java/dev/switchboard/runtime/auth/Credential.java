package dev.switchboard.runtime.auth;

import java.util.Base64;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * How a client authenticates: one header whose value holds a secret.
 *
 * <p>Every platform Switchboard speaks to authenticates with a single header (an API key header,
 * {@code Authorization: Bearer}, {@code Authorization: Basic} or {@code Authorization: AccessKey}).
 * The credential also lists the raw secrets it carries so the runtime can redact them anywhere
 * they might surface (error bodies, log lines).
 */
public final class Credential {
  private final String headerName;
  private final Secret headerValue;
  private final List<Secret> secrets;

  private Credential(String headerName, Secret headerValue, List<Secret> secrets) {
    this.headerName = Objects.requireNonNull(headerName, "headerName");
    this.headerValue = headerValue;
    this.secrets = List.copyOf(secrets);
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
   * {@code Authorization: Basic base64(user:password)}.
   *
   * @param user the user name (not secret)
   * @param password the password or personal access token
   * @return the credential
   */
  public static Credential basic(String user, Secret password) {
    Objects.requireNonNull(user, "user");
    String encoded =
        Base64.getEncoder()
            .encodeToString((user + ":" + password.reveal()).getBytes(StandardCharsets.UTF_8));
    Secret encodedSecret = Secret.of(encoded, "basic credentials");
    return new Credential(
        "Authorization",
        Secret.of("Basic " + encoded, "Authorization"),
        List.of(password, encodedSecret));
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
