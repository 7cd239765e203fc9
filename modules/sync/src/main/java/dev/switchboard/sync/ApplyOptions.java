package dev.switchboard.sync;

/**
 * What {@link SyncEngine#apply(Plan, ApplyOptions)} may do. By default nothing destructive: a plan
 * that removes or recreates agents is refused unless {@link Builder#confirmRemovals(boolean)}, and one
 * that deletes more than the engine's mass-delete share of a platform's agents also needs
 * {@link Builder#allowMassDelete(boolean)}.
 *
 * @param confirmRemovals whether removes and recreates may run
 * @param allowMassDelete whether more than the mass-delete share of a platform's agents may be deleted
 */
public record ApplyOptions(boolean confirmRemovals, boolean allowMassDelete) {
  /** Nothing destructive is confirmed. */
  public static final ApplyOptions DEFAULTS = new ApplyOptions(false, false);

  /**
   * @return a builder starting from {@link #DEFAULTS}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ApplyOptions}. */
  public static final class Builder {
    private boolean confirmRemovals;
    private boolean allowMassDelete;

    private Builder() {}

    /**
     * @param value whether removes and recreates may run (the CLI's {@code --yes})
     * @return this
     */
    public Builder confirmRemovals(boolean value) {
      this.confirmRemovals = value;
      return this;
    }

    /**
     * @param value whether a plan may delete more than the mass-delete share of a platform's agents
     *     (the CLI's {@code --allow-mass-delete})
     * @return this
     */
    public Builder allowMassDelete(boolean value) {
      this.allowMassDelete = value;
      return this;
    }

    /**
     * @return the options
     */
    public ApplyOptions build() {
      return new ApplyOptions(confirmRemovals, allowMassDelete);
    }
  }
}
