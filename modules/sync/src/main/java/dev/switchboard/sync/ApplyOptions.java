package dev.switchboard.sync;

/**
 * What {@link SyncEngine#apply(Plan, ApplyOptions)} may do. By default nothing destructive: a plan
 * that removes or recreates agents is refused unless {@link Builder#confirmRemovals(boolean)}, and one
 * that deletes more than the engine's mass-delete share of a platform's agents also needs
 * {@link Builder#allowMassDelete(boolean)}.
 * A class with a builder, not a record, so a new option is a new builder method.
 */
public final class ApplyOptions {
  /** Nothing destructive is confirmed. */
  public static final ApplyOptions DEFAULTS = new ApplyOptions(false, false);

  private final boolean confirmRemovals;
  private final boolean allowMassDelete;

  private ApplyOptions(boolean confirmRemovals, boolean allowMassDelete) {
    this.confirmRemovals = confirmRemovals;
    this.allowMassDelete = allowMassDelete;
  }

  /** @return whether removes and recreates may run */
  public boolean confirmRemovals() {
    return confirmRemovals;
  }

  /** @return whether more than the mass-delete share of a platform's agents may be deleted */
  public boolean allowMassDelete() {
    return allowMassDelete;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ApplyOptions a && a.confirmRemovals == confirmRemovals && a.allowMassDelete == allowMassDelete;
  }

  @Override
  public int hashCode() {
    return Boolean.hashCode(confirmRemovals) * 31 + Boolean.hashCode(allowMassDelete);
  }

  @Override
  public String toString() {
    return "ApplyOptions[confirmRemovals=" + confirmRemovals + ", allowMassDelete=" + allowMassDelete + "]";
  }

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
