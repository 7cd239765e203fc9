package dev.switchboard.runtime.internal;

import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One call of a generated method being put together, then sent once (see {@link ApiBinding}).
 *
 * <p>Values follow the rules of the generated Feign clients this replaces: a null query, header
 * or form value is not sent; a collection is sent as the name repeated, once per element; path
 * and query values are percent-encoded completely, so a value is always one path segment or one
 * query value whatever it holds, and a path value that is empty, {@code .} or {@code ..} is
 * refused with an {@link dev.switchboard.runtime.error.InvalidInputException} naming it.
 */
public interface BoundCall {
  /**
   * @param name a placeholder of the operation's path template
   * @param value its value
   * @return this
   */
  BoundCall path(String name, Object value);

  /**
   * @param name the query parameter
   * @param value its value; null or an empty collection is not sent
   * @return this
   */
  BoundCall query(String name, Object value);

  /**
   * @param values query parameters from a generated {@code *QueryParams} map, in its order
   * @return this
   */
  BoundCall queryMap(Map<String, ?> values);

  /**
   * @param name a header the spec declares as a parameter
   * @param value its value; null is not sent
   * @return this
   */
  BoundCall header(String name, Object value);

  /**
   * @param body the request body: a generated model (as JSON), {@code byte[]} or an
   *     {@link OperationBody} as they are; null sends none
   * @return this
   */
  BoundCall body(Object body);

  /**
   * @param name a field of an {@code application/x-www-form-urlencoded} body
   * @param value its value; null is not sent
   * @return this
   */
  BoundCall form(String name, Object value);

  /**
   * Sends the call and waits for it (only for a client built by {@code ClientConfig.client}).
   *
   * @param type the body type to decode ({@code void.class} for none); for a
   *     {@link Operation#withHttpInfo()} operation, the type inside the {@code ApiResponse}
   * @param <T> the result type
   * @return the decoded result
   */
  <T> T send(Type type);

  /**
   * Sends the call without waiting (only for a client built by {@code ClientConfig.asyncClient}).
   *
   * @param type as for {@link #send}
   * @param <T> the result type
   * @return completes with the decoded result, or fails with the exception {@link #send} throws
   */
  <T> CompletableFuture<T> sendAsync(Type type);
}
