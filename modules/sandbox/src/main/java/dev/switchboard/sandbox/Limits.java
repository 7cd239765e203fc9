package dev.switchboard.sandbox;

import java.time.Duration;

/**
 * What the sandbox's server lets one client take, so that a slow, huge or malformed request costs
 * that client an error and never costs anyone else an answer.
 *
 * @param maxBody the largest request body read, in bytes; a larger one gets the platform's 413
 * @param maxHeader the largest request line plus headers, in bytes; larger gets 431
 * @param headerTimeout how long a client may take to send a request's line and headers; a
 *     connection still sending them after this is closed (a client trickling headers holds no thread,
 *     but it holds a connection)
 * @param bodyTimeout how long a client may take to send a request's body once its headers are in;
 *     beyond it, the platform's 408 and the connection is closed
 * @param idleTimeout how long a connection may stay silent (between requests, or mid-request)
 * @param maxConnections the most connections open at once; beyond it the server stops accepting
 *     until one closes (the kernel's backlog holds the rest)
 */
record Limits(long maxBody, int maxHeader, Duration headerTimeout, Duration bodyTimeout, Duration idleTimeout,
    int maxConnections) {
  /** The defaults: a 1 MB body, 16 KB of headers, 10 s for headers, 30 s for a body, 60 s idle, 512 connections. */
  static final Limits DEFAULT = new Limits(1 << 20, 16 * 1024, Duration.ofSeconds(10), Duration.ofSeconds(30),
      Duration.ofSeconds(60), 512);

  Limits withMaxBody(long bytes) {
    return new Limits(bytes, maxHeader, headerTimeout, bodyTimeout, idleTimeout, maxConnections);
  }

  Limits withTimeouts(Duration header, Duration body, Duration idle) {
    return new Limits(maxBody, maxHeader, header, body, idle, maxConnections);
  }

  Limits withMaxConnections(int connections) {
    return new Limits(maxBody, maxHeader, headerTimeout, bodyTimeout, idleTimeout, connections);
  }
}
