/**
 * LiveChat in the sandbox: its fake (package-private, plugged in by
 * {@link dev.switchboard.livechat.sandbox.LiveChatFakeProvider}, which {@link java.util.ServiceLoader} finds), the
 * fake's fixed test values ({@link dev.switchboard.livechat.sandbox.LiveChatSandbox}) and its fixtures
 * ({@link dev.switchboard.livechat.sandbox.LiveChatFixtures}).
 */
package dev.switchboard.livechat.sandbox;
