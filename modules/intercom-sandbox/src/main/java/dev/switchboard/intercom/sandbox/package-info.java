/**
 * Intercom in the sandbox: its fake (package-private, plugged in by
 * {@link dev.switchboard.intercom.sandbox.IntercomFakeProvider}, which {@link java.util.ServiceLoader} finds), the
 * fake's fixed test values ({@link dev.switchboard.intercom.sandbox.IntercomSandbox}) and its fixtures
 * ({@link dev.switchboard.intercom.sandbox.IntercomFixtures}).
 */
package dev.switchboard.intercom.sandbox;
