package dev.switchboard.sync;

/**
 * The plan removes or recreates agents and the caller did not confirm that
 * ({@link ApplyOptions.Builder#confirmRemovals(boolean)}), or it removes more than the allowed share
 * of a platform's agents without {@link ApplyOptions.Builder#allowMassDelete(boolean)}. Thrown by
 * {@link SyncEngine#apply(Plan, ApplyOptions)} before any request is sent.
 */
public final class ConfirmationRequiredException extends SyncException {
  private static final long serialVersionUID = 1L;
  private final boolean massDelete;

  /**
   * @param message what needs confirming
   * @param massDelete whether it is the mass-delete rule (not only a missing confirmation)
   */
  public ConfirmationRequiredException(String message, boolean massDelete) {
    super(null, message, null);
    this.massDelete = massDelete;
  }

  /**
   * @return whether {@link ApplyOptions.Builder#allowMassDelete(boolean)} is what is missing
   */
  public boolean massDelete() {
    return massDelete;
  }
}
