/**
 * Twilio TaskRouter in the sandbox: its fake (package-private, plugged in by
 * {@link dev.switchboard.twilio.sandbox.TwilioFakeProvider}, which {@link java.util.ServiceLoader} finds), the
 * fake's fixed test values ({@link dev.switchboard.twilio.sandbox.TwilioSandbox}) and its fixtures
 * ({@link dev.switchboard.twilio.sandbox.TwilioFixtures}).
 */
package dev.switchboard.twilio.sandbox;
