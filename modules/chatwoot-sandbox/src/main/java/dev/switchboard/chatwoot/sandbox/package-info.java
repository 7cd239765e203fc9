/**
 * Chatwoot in the sandbox: its fake (package-private, plugged in by
 * {@link dev.switchboard.chatwoot.sandbox.ChatwootFakeProvider}, which {@link java.util.ServiceLoader} finds), the
 * fake's fixed test values ({@link dev.switchboard.chatwoot.sandbox.ChatwootSandbox}) and its fixtures
 * ({@link dev.switchboard.chatwoot.sandbox.ChatwootFixtures}).
 */
package dev.switchboard.chatwoot.sandbox;
