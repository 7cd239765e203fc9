package dev.switchboard.runtime.internal;

/**
 * What a generated client implementation calls: one per built client interface, made by
 * {@code ClientConfig.client} and {@code ClientConfig.asyncClient}. The runtime's implementation
 * sends every call through the client's one request pipeline (required fields, error mapping,
 * retries, timeouts, auth, wire log) and decodes the answer.
 *
 * <p>Generated code calls it directly, with no reflection and no proxy: a client's first call
 * pays only for what that call does (BENCHMARKS.md, "Cold start").
 */
public interface ApiBinding {
  /**
   * Starts one call: reads the caller's {@code RequestOptions} scope and rejects a missing
   * required argument before anything else happens.
   *
   * @param operation the generated method's operation
   * @param arguments the method's arguments in declaration order
   * @return the call, to be given its path values, query, headers and body, then sent
   * @throws dev.switchboard.runtime.error.InvalidInputException naming the missing argument or field
   */
  BoundCall start(Operation operation, Object... arguments);
}
