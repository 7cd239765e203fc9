/**
 * The Switchboard runtime: everything the generated provider clients share, written once.
 *
 * <p>{@link dev.switchboard.runtime.http.ClientConfig#client} binds a generated interface's generated
 * implementation to the shared HTTP client, auth, retries, timeouts, JSON mapper, typed errors
 * ({@link dev.switchboard.runtime.error}) and redacting logger. Provider modules only add a
 * small handwritten entry point on top.
 */
package dev.switchboard.runtime;
