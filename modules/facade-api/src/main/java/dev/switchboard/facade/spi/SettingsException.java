package dev.switchboard.facade.spi;

/** A configuration key is missing or wrong; nothing was sent. The message names the key, never a value of a secret. */
public class SettingsException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The full key. */
  private final String key;

  /**
   * @param key the full key, e.g. {@code SWITCHBOARD_BIRD_WORKSPACE}
   * @param message what is wrong, starting with the key
   */
  public SettingsException(String key, String message) {
    super(message);
    this.key = key;
  }

  /**
   * @return the full key
   */
  public String key() {
    return key;
  }
}
