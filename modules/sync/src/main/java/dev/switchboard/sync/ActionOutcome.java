package dev.switchboard.sync;

import java.util.List;
import java.util.Objects;

/**
 * How one planned action ended on its platform, in {@link PlatformResult#outcomes()}.
 *
 * <p>An action may take more than one request (a create that then sets availability, a recreate
 * that removes and then creates, LiveChat v3.4's {@code create_bot} then
 * {@code set_routing_status}); {@link #done()} says which of its effects are on the platform and
 * {@link #notDone()} which are not, so "created, availability not set" is told as such rather
 * than as "create failed".
 *
 * @param action the action
 * @param status whether its effect is on the platform
 * @param done what was done, from {@code created}, {@code removed}, {@code updated},
 *     {@code availability set}, {@code already there} (a create skipped because the agent had
 *     appeared), {@code already gone} (a remove answered 404); empty when nothing was
 * @param notDone what the action should have done and did not (e.g. {@code availability not set},
 *     {@code not created}); empty when it did everything
 * @param failure the failure that stopped the action, or null
 * @param settled whether the status comes from re-reading the platform after an unclear answer
 *     (rather than from the platform's own answer)
 */
public record ActionOutcome(PlannedAction action, ActionStatus status, List<String> done, List<String> notDone,
    Throwable failure, boolean settled) {
  /** Done: the agent was created. */
  public static final String CREATED = "created";
  /** Done: the agent was removed. */
  public static final String REMOVED = "removed";
  /** Done: the agent was changed in place. */
  public static final String UPDATED = "updated";
  /** Done: availability was set after a create. */
  public static final String AVAILABILITY_SET = "availability set";
  /** Done: a create found the agent already there and sent nothing. */
  public static final String ALREADY_THERE = "already there";
  /** Done: a remove was answered 404, so the agent is gone, which is what the remove was for. */
  public static final String ALREADY_GONE = "already gone";

  /**
   * @param action the action
   * @param status its status
   * @param done what was done
   * @param notDone what was not
   * @param failure the failure, or null
   * @param settled whether a re-read decided the status
   */
  public ActionOutcome {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(status, "status");
    done = List.copyOf(done);
    notDone = List.copyOf(notDone);
  }

  /**
   * @return whether everything the action was to do is on the platform
   */
  public boolean ok() {
    return status == ActionStatus.APPLIED && notDone.isEmpty();
  }

  /**
   * @param what one of the constants of this class
   * @return whether it was done
   */
  public boolean did(String what) {
    return done.contains(what);
  }

  /**
   * @return the outcome in words, e.g. {@code create 'Ann': created, availability not set (bird
   *     setAvailability failed: HTTP 500)}
   */
  public String describe() {
    StringBuilder s = new StringBuilder(action.type().name().toLowerCase(java.util.Locale.ROOT)).append(" '")
        .append(action.agent()).append("': ");
    if (status == ActionStatus.UNKNOWN) {
      s.append("outcome unknown (sent, no answer, and the re-read could not tell)");
    } else {
      List<String> words = new java.util.ArrayList<>(done);
      words.addAll(notDone);
      s.append(words.isEmpty() ? (status == ActionStatus.APPLIED ? "applied" : "not applied") : String.join(", ", words));
      if (settled) {
        s.append(" (seen by re-reading the platform after an unclear answer)");
      }
    }
    if (failure != null) {
      s.append(" (").append(SyncEngine.describe(failure)).append(')');
    }
    return s.toString();
  }
}
