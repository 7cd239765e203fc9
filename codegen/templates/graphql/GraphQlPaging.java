package ${switchboard.package}.internal;

import com.apollographql.apollo3.api.Optional;
import ${switchboard.package}.graphql.*;
import dev.switchboard.runtime.error.InvalidInputException;
import dev.switchboard.runtime.error.UnexpectedResponseException;
import dev.switchboard.runtime.internal.graphql.GraphQlClient;
import dev.switchboard.runtime.paging.Page;
import dev.switchboard.runtime.paging.PagedIterable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The paged GraphQL query {@code ${paging.operation}} as a {@link PagedIterable}, generated from its
 * declaration ({@code specs/${switchboard.provider}/operations/${paging.operation}.pagination.properties}) by
 * filtering {@code codegen/templates/graphql/GraphQlPaging.java}; do not edit.
 *
 * <p>A page's {@code ${paging.pageInfo}.${paging.hasNextPage}} alone says whether another follows (an
 * {@code ${paging.endCursor}} may come with the last page too); the next page sends the filters of the
 * first with {@code ${paging.cursorInput}} set to that {@code ${paging.endCursor}}. The first page sends the
 * filters exactly as given. A page that says more follow without an {@code ${paging.endCursor}} is an
 * {@link UnexpectedResponseException} naming the operation, never a silent end.
 */
public final class GraphQlPaging {
  private static final String OPERATION = "${paging.operation}";

  private final String provider;
  private final GraphQlClient graphQl;

  /**
   * @param provider the provider, named in errors
   * @param graphQl the transport the client's other operations use
   */
  public GraphQlPaging(String provider, GraphQlClient graphQl) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.graphQl = Objects.requireNonNull(graphQl, "graphQl");
  }

  /**
   * Every item of {@code ${paging.operation}} matching the filters, page by page.
   *
   * @param filters the input of the first page
   * @return a lazy iterable with page access, resuming, {@code map} and async collection
   */
  public PagedIterable<${paging.itemClass}> ${paging.operation}(${paging.inputClass} filters) {
    if (filters == null) {
      throw new InvalidInputException(provider, OPERATION, "input", "is required");
    }
    return PagedIterable.of(provider, OPERATION,
        token -> page(graphQl.execute(new ${paging.queryClass}(input(filters, token))).${paging.operation}),
        token -> graphQl.executeAsync(new ${paging.queryClass}(input(filters, token))).thenApply(d -> page(d.${paging.operation})));
  }

  /**
   * One answer as a page. A page whose {@code ${paging.hasNextPage}} is true but whose
   * {@code ${paging.endCursor}} is null or empty is an {@link UnexpectedResponseException}: more items
   * exist and no request can fetch them, and ending the walk there would list a part as the whole.
   * Nulls the schema allows are read, not refused: no {@code ${paging.pageInfo}} or no
   * {@code ${paging.hasNextPage}} says no more follow (the last page), a null item carries nothing
   * to list and is skipped, and no {@code ${paging.items}} is an empty page.
   */
  private Page<${paging.itemClass}> page(${paging.connectionClass} connection) {
    if (connection == null) {
      throw new UnexpectedResponseException(provider, OPERATION, 0, "no body");
    }
    boolean more = connection.${paging.pageInfo} != null && Boolean.TRUE.equals(connection.${paging.pageInfo}.${paging.hasNextPage});
    return Page.checked(provider, OPERATION, "${paging.items}", nonNull(connection.${paging.items}),
        more ? connection.${paging.pageInfo}.${paging.endCursor} : null, "${paging.pageInfo}.${paging.hasNextPage}", more);
  }

  private static <T> List<T> nonNull(List<T> items) {
    if (items == null || items.stream().allMatch(Objects::nonNull)) {
      return items;
    }
    List<T> out = new ArrayList<>(items.size());
    for (T item : items) {
      if (item != null) {
        out.add(item);
      }
    }
    return out;
  }

  /** The first page's filters as given; a later page's, the same with the cursor added. */
  private static ${paging.inputClass} input(${paging.inputClass} filters, String token) {
    return token == null ? filters : withField(filters, "${paging.cursorInput}", token);
  }

  /**
   * A copy of an Apollo input through its generated builder, field by field by name, with one field
   * set: by name, not by the constructor's order, so a field added to the schema is carried over
   * (and one left absent stays absent, one set to null stays an explicit null).
   */
  static <T> T withField(T input, String name, Object value) {
    try {
      Object builder = input.getClass().getMethod("builder").invoke(null);
      for (Field f : input.getClass().getFields()) {
        if (Modifier.isStatic(f.getModifiers()) || f.getName().equals(name)) {
          continue;
        }
        Object v = f.get(input);
        if (v instanceof Optional.Absent) {
          continue;
        }
        set(builder, f.getName(), v instanceof Optional.Present ? ((Optional.Present<?>) v).getValue() : v);
      }
      set(builder, name, value);
      @SuppressWarnings("unchecked")
      T copy = (T) builder.getClass().getMethod("build").invoke(builder);
      return copy;
    } catch (ReflectiveOperationException e) {
      // Only a change in Apollo's generated shape gets here: a defect of this SDK, said plainly.
      throw new IllegalStateException("cannot copy " + input.getClass().getSimpleName() + " with '" + name + "'", e);
    }
  }

  private static void set(Object builder, String field, Object value) throws ReflectiveOperationException {
    for (Method m : builder.getClass().getMethods()) {
      if (m.getName().equals(field) && m.getParameterCount() == 1) {
        m.invoke(builder, value);
        return;
      }
    }
    throw new NoSuchMethodException(builder.getClass().getName() + "." + field);
  }
}
