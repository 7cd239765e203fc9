/**
 * An in-memory, stateful fake of the five platforms over real HTTP on loopback: one embedded
 * server, one base path per platform. Requests are validated against the same specs the clients
 * are generated from and answered in each platform's own shapes, errors included. Use it from
 * tests ({@link dev.switchboard.sandbox.SandboxExtension}), from code ({@link dev.switchboard.sandbox.Sandbox})
 * or as a standalone server ({@link dev.switchboard.sandbox.SandboxMain}).
 */
package dev.switchboard.sandbox;
