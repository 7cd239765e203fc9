package dev.switchboard.facade.spi;

import dev.switchboard.facade.Platform;
import dev.switchboard.runtime.error.UnexpectedResponseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Checks of a success response against what the spec promises: what is missing becomes an
 * {@link UnexpectedResponseException} naming the operation and the field, never quoting a value.
 * A directory has one ({@link BaseDirectory#checks()}) and may hand it to its collaborators.
 */
public final class ResponseChecks {
  private final Platform platform;

  /**
   * @param platform the platform, named in every error
   */
  public ResponseChecks(Platform platform) {
    this.platform = platform;
  }

  /**
   * A success response that lacks what the facade needs (the spec promises it).
   *
   * @param operation the operation
   * @param detail what is missing or wrong, naming the field, never quoting a value
   * @return the exception
   */
  public UnexpectedResponseException unexpected(String operation, String detail) {
    return new UnexpectedResponseException(platform.id(), operation, 0, detail);
  }

  /**
   * The decoded body; none at all (an empty or {@code null} body) is an unexpected response.
   *
   * @param <T> the body type
   * @param body the decoded body
   * @param operation the operation
   * @return the body
   */
  public <T> T present(T body, String operation) {
    if (body == null) {
      throw unexpected(operation, "no body");
    }
    return body;
  }

  /**
   * An id the platform must send; missing or blank is an unexpected response naming the field.
   *
   * @param id the id read
   * @param field its field
   * @param operation the operation
   * @return the id as text
   */
  public String idOf(Object id, String field, String operation) {
    if (id == null || id.toString().isBlank()) {
      throw unexpected(operation, "missing '" + field + "'");
    }
    return id.toString();
  }

  /**
   * Each element mapped; a null element is an unexpected response naming the list.
   *
   * @param <S> the element type read
   * @param <T> the element type made
   * @param items the list read, or {@code null}
   * @param field its field
   * @param operation the operation
   * @param map how each element is made
   * @return the mapped list, or {@code null} for none
   */
  public <S, T> List<T> each(List<S> items, String field, String operation, Function<S, T> map) {
    if (items == null) {
      return null;
    }
    List<T> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      S item = items.get(i);
      if (item == null) {
        throw unexpected(operation, "null element " + field + "[" + i + "]");
      }
      out.add(map.apply(item));
    }
    return out;
  }
}
