/**
 * ChatCaptain in the sandbox: its fake (package-private, plugged in by
 * {@link dev.switchboard.chatcaptain.sandbox.ChatCaptainFakeProvider}, which {@link java.util.ServiceLoader} finds), the
 * fake's fixed test values ({@link dev.switchboard.chatcaptain.sandbox.ChatCaptainSandbox}) and its fixtures
 * ({@link dev.switchboard.chatcaptain.sandbox.ChatCaptainFixtures}).
 */
package dev.switchboard.chatcaptain.sandbox;
