package dev.switchboard.runtime.auth;

import java.util.Objects;

/**
 * A credential value (API key, token, password) that never prints itself.
 *
 * <p>{@link #toString()} is masked so a secret cannot leak through logging, exception messages or
 * a debugger's object view of a client; code that must send it calls {@link #reveal()}.
 */
public final class Secret {
  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * Wraps a secret value.
   *
   * @param value the raw secret; must not be null or blank
   * @param name what the secret is (for example {@code "accessKey"}), used in the error message
   * @return the wrapped secret
   * @throws IllegalArgumentException if the value is null or blank
   */
  public static Secret of(String value, String name) {
    Objects.requireNonNull(name, "name");
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be null or blank");
    }
    return new Secret(value);
  }

  /**
   * Returns the raw value, for the one place that puts it on the wire.
   *
   * @return the raw secret
   */
  public String reveal() {
    return value;
  }

  /** Always masked. */
  @Override
  public String toString() {
    return "Secret[****]";
  }
}
