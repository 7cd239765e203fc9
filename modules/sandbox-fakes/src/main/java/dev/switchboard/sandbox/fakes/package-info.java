/** The all-fakes artifact's own promise: {@link dev.switchboard.sandbox.fakes.BundledFakes}. */
package dev.switchboard.sandbox.fakes;
