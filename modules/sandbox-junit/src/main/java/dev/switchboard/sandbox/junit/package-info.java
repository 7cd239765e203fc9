/**
 * Test support above the sandbox and the facade API: {@link dev.switchboard.sandbox.junit.SandboxSwitchboard}
 * and the JUnit 5 {@link dev.switchboard.sandbox.junit.SandboxExtension}.
 */
package dev.switchboard.sandbox.junit;
