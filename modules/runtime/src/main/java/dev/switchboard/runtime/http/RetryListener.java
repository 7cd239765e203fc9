package dev.switchboard.runtime.http;

import java.time.Duration;

/**
 * Told by the retry step about each retry it is about to wait for. The observation step sets one
 * on a call, so a retry becomes an event without the retry step knowing Micrometer.
 */
interface RetryListener {
  /**
   * @param failedAttempt the attempt that will be repeated, from 1
   * @param reason what went wrong with it, already redacted (e.g. {@code "503"})
   * @param delay how long the retry step waits before the next attempt
   */
  void retrying(int failedAttempt, String reason, Duration delay);
}
