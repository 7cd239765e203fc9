package dev.switchboard.runtime.http;

import dev.switchboard.runtime.error.InvalidInputException;
import feign.Contract;
import feign.MethodMetadata;
import feign.Param;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Feign's default contract, plus one rule for every path parameter of every generated interface:
 * the value is one path segment, whatever it holds.
 *
 * <p>Feign leaves {@code /} unencoded in path values and treats {@code %XX} as already encoded,
 * and OkHttp then resolves {@code ..}: {@code deleteAgent("w1", "a/../b")} would delete
 * {@code b}. Here each path value is percent-encoded fully (RFC 3986 unreserved characters kept)
 * before Feign sees it, and a value that is empty, {@code .} or {@code ..} is rejected with an
 * {@link InvalidInputException} before anything is sent. Query values, positional or in a
 * {@code @QueryMap}, are encoded fully in the same way: Feign's own query encoding treats a value
 * that looks encoded ({@code %2F}) as encoded.
 */
final class PathSegmentContract implements Contract {
  private final Contract delegate = new Contract.Default();
  private final String provider;

  PathSegmentContract(String provider) {
    this.provider = provider;
  }

  @Override
  public List<MethodMetadata> parseAndValidateMetadata(Class<?> targetType) {
    List<MethodMetadata> all = delegate.parseAndValidateMetadata(targetType);
    for (MethodMetadata md : all) {
      md.template().decodeSlash(false); // else Feign turns our %2F back into a separator
      String url = md.template().url();
      int query = url.indexOf('?');
      String path = query < 0 ? url : url.substring(0, query);
      String operation = Responses.operation(md.configKey());
      // Feign ignores expander classes once an expander map is set, so carry them over.
      Map<Integer, Param.Expander> expanders = new HashMap<>();
      md.indexToExpanderClass().forEach((index, type) -> expanders.put(index, instantiate(type)));
      String queryPart = query < 0 ? "" : url.substring(query);
      for (Map.Entry<Integer, Collection<String>> e : md.indexToName().entrySet()) {
        for (String name : e.getValue()) {
          if (path.contains("{" + name + "}")) {
            expanders.put(e.getKey(), new SegmentExpander(provider, operation, name));
            md.indexToEncoded().put(e.getKey(), true);
          } else if (queryPart.contains("={" + name + "}")) {
            // Feign takes a value made only of %XX (e.g. "%2F") as already encoded and sends it
            // as is, so the server reads "/": every query value is encoded here, exactly once.
            expanders.put(e.getKey(), QUERY_VALUE);
            md.indexToEncoded().put(e.getKey(), true);
          }
        }
      }
      md.indexToExpander(expanders);
      // @QueryMap values are encoded by ClientInvocation before Feign sees them (encodeQueryMap):
      // Feign's own encoding then finds nothing left to encode.
    }
    return all;
  }

  private static Param.Expander instantiate(Class<? extends Param.Expander> type) {
    try {
      return type.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create expander " + type.getName(), e);
    }
  }

  /** Encodes one path value as exactly one segment. */
  static final class SegmentExpander implements Param.Expander {
    private final String provider;
    private final String operation;
    private final String name;

    SegmentExpander(String provider, String operation, String name) {
      this.provider = provider;
      this.operation = operation;
      this.name = name;
    }

    @Override
    public String expand(Object value) {
      if (value == null) {
        throw new InvalidInputException(provider, operation, name, "is required");
      }
      String s = value.toString();
      if (s.isBlank()) {
        throw new InvalidInputException(provider, operation, name, "must not be blank");
      }
      if (s.equals(".") || s.equals("..")) {
        throw new InvalidInputException(provider, operation, name, "must not be a dot segment ('" + s + "')");
      }
      return encodeSegment(s);
    }
  }

  /** Encodes a query value fully: Feign then sees nothing left to encode. */
  private static final Param.Expander QUERY_VALUE = value -> value == null ? null : encodeSegment(value.toString());

  /**
   * A {@code @QueryMap} argument with every key and value percent-encoded once (iterables element
   * by element); Feign leaves a value that is already encoded as it is.
   */
  static Map<String, Object> encodeQueryMap(Map<?, ?> map) {
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      Object v = e.getValue();
      Object encoded;
      if (v instanceof Iterable<?>) {
        List<String> values = new java.util.ArrayList<>();
        for (Object item : (Iterable<?>) v) {
          values.add(item == null ? null : encodeSegment(item.toString()));
        }
        encoded = values;
      } else {
        encoded = v == null ? null : encodeSegment(v.toString());
      }
      out.put(encodeSegment(String.valueOf(e.getKey())), encoded);
    }
    return out;
  }

  static String encodeSegment(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '.' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
