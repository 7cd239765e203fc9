/** The all-platforms artifact's own promise: {@link dev.switchboard.facade.bundle.BundledPlatforms}. */
package dev.switchboard.facade.bundle;
