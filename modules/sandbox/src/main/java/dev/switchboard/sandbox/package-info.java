/**
 * An in-memory, stateful fake of each installed platform over real HTTP on loopback: one embedded
 * server, one base path per platform id. Requests are validated against the same specs the clients
 * are generated from and answered in each platform's own shapes, errors included. Fakes plug
 * themselves in ({@link dev.switchboard.sandbox.spi.FakeProvider}), each from a module of its own;
 * this package names no platform and knows no client.
 * Use it from code ({@link dev.switchboard.sandbox.Sandbox}), as a standalone server
 * ({@link dev.switchboard.sandbox.SandboxMain}), or from tests through switchboard-sandbox-junit's
 * {@code SandboxExtension}.
 */
package dev.switchboard.sandbox;
