package dev.switchboard.sandbox.spi;

import dev.switchboard.sandbox.Fake;
import java.time.Clock;
import java.util.Map;

/**
 * How a platform's fake plugs itself into the {@link dev.switchboard.sandbox.Sandbox}: registered in
 * {@code META-INF/services/dev.switchboard.sandbox.spi.FakeProvider} and found by
 * {@link java.util.ServiceLoader}. The sandbox serves each fake under {@code /<id>} on 127.0.0.1.
 * A fake needs only its platform's id: the sandbox depends on no platform's client.
 *
 * <p>An implementation has a public no-argument constructor.
 */
public interface FakeProvider {
  /**
   * @return the platform id, e.g. {@code "acme"}: the URL prefix and the key of its credential
   */
  String id();

  /**
   * @return the credential the fake accepts unless told otherwise (a public test value, not a secret)
   */
  String defaultCredential();

  /**
   * @param credential the credential to accept
   * @param clock the sandbox's clock
   * @return a new, empty fake
   */
  Fake create(String credential, Clock clock);

  /**
   * @return the path below {@code /<id>} a client's base URL ends with, e.g. {@code "/core/gq"}; empty by default
   */
  default String basePath() {
    return "";
  }

  /**
   * The configuration a client of this platform needs to use the fake, named as the platform's
   * {@code PlatformProvider} names its settings (below {@code SWITCHBOARD_<ID>_}); the sandbox knows
   * no client, so this is how test support builds one.
   *
   * @param baseUrl the fake's base URL
   * @param credential the credential it accepts
   * @return settings by name, e.g. {@code ACCESS_KEY}, {@code WORKSPACE}, {@code URL}
   */
  Map<String, String> clientSettings(String baseUrl, String credential);

  /**
   * @param credential the credential it accepts
   * @return how to call it, for {@code SandboxMain}: the credential's name and value, and the demo ids
   */
  String describe(String credential);
}
