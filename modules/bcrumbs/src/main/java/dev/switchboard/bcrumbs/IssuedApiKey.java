package dev.switchboard.bcrumbs;

import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An API key bcrumbs just issued. The raw secret is returned by bcrumbs only once, and this object
 * hands it out only once: {@link #takeKey()} returns it and forgets it. It never appears in
 * {@link #toString()}.
 */
public final class IssuedApiKey {
  private final String id;
  private final Integer workspaceId;
  /** Whether bcrumbs returned the secret at all (the seed leaves it nullable), for an honest message. */
  private final boolean keyReturned;
  private final String label;
  private final String agentId;
  private final OffsetDateTime createdAt;
  private final AtomicReference<String> key;

  IssuedApiKey(String id, Integer workspaceId, String label, String agentId, OffsetDateTime createdAt, String key) {
    this.keyReturned = key != null;
    this.id = id;
    this.workspaceId = workspaceId;
    this.label = label;
    this.agentId = agentId;
    this.createdAt = createdAt;
    this.key = new AtomicReference<>(key);
  }

  /**
   * Returns the raw key and forgets it; store it somewhere safe.
   *
   * @return the raw API key
   * @throws IllegalStateException if it was already taken, or bcrumbs returned none
   */
  public String takeKey() {
    String k = key.getAndSet(null);
    if (k == null && !keyReturned) {
      throw new IllegalStateException("bcrumbs returned no secret for API key " + id);
    }
    if (k == null) {
      throw new IllegalStateException("bcrumbs API key " + id + " was already taken; bcrumbs returns it only once");
    }
    return k;
  }

  /**
   * @return whether {@link #takeKey()} can still be called
   */
  public boolean isKeyAvailable() {
    return key.get() != null;
  }

  /**
   * @return the key's id (not secret), may be null
   */
  public String id() {
    return id;
  }

  /**
   * @return the workspace the key belongs to, may be null
   */
  public Integer workspaceId() {
    return workspaceId;
  }

  /**
   * @return the key's label, may be null
   */
  public String label() {
    return label;
  }

  /**
   * @return the agent the key acts as, may be null
   */
  public String agentId() {
    return agentId;
  }

  /**
   * @return when the key was created, may be null
   */
  public OffsetDateTime createdAt() {
    return createdAt;
  }

  /** The key itself is never printed. */
  @Override
  public String toString() {
    return "IssuedApiKey[id=" + id + ", workspaceId=" + workspaceId + ", label=" + label + ", agentId=" + agentId
        + ", createdAt=" + createdAt + ", key=****]";
  }
}
