package dev.switchboard.contract.check;

import au.com.dius.pact.core.model.IRequest;
import au.com.dius.pact.core.model.IResponse;
import au.com.dius.pact.core.model.OptionalBody;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ParseAndValidate;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a GraphQL-over-HTTP interaction against a GraphQL schema with graphql-java:
 *
 * <ul>
 *   <li>the HTTP shape: a POST to the endpoint the schema names ({@code Endpoint: POST <url>});
 *   <li>the request body: {@code query} parses and validates against the schema,
 *       {@code operationName} names an operation of the document;
 *   <li>the variables: every variable the operation declares non-null is present, no undeclared
 *       variable is sent, and each value fits its input type (required input fields present, no
 *       unknown input fields, scalars and enums of the right kind);
 *   <li>the response: {@code data} holds exactly the selected fields with the schema's types and
 *       nullability, {@code errors} entries have a {@code message}.
 * </ul>
 */
final class GraphQlCheck {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ENDPOINT = Pattern.compile("Endpoint:\\s*POST\\s+(\\S+)");

  private final GraphQLSchema schema;
  private final String endpointPath;

  GraphQlCheck(Path schemaFile) {
    String sdl;
    try {
      sdl = Files.readString(schemaFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
    Matcher m = ENDPOINT.matcher(sdl);
    this.endpointPath = m.find() ? URI.create(m.group(1)).getPath() : null;
  }

  List<Violation> check(String pact, String interaction, IRequest request, IResponse response) {
    Sink out = new Sink(pact, interaction);
    if (!"POST".equalsIgnoreCase(request.getMethod())) {
      out.add("graphql.http.method", "expected POST, found " + request.getMethod());
    }
    if (endpointPath != null && !endpointPath.equals(request.getPath())) {
      out.add("graphql.http.path", "expected the schema's endpoint " + endpointPath + ", found " + request.getPath());
    }
    JsonNode body = json(request.getBody(), out, "graphql.request.body");
    if (body == null) {
      return out.list;
    }
    if (!body.path("query").isTextual()) {
      out.add("graphql.request.query", "the body has no \"query\" string");
      return out.list;
    }
    Document document;
    try {
      document = Parser.parse(body.get("query").asText());
    } catch (InvalidSyntaxException e) {
      out.add("graphql.query.syntax", e.getMessage());
      return out.list;
    }
    List<ValidationError> errors = ParseAndValidate.validate(schema, document, Locale.ENGLISH);
    for (ValidationError e : errors) {
      out.add("graphql.query." + e.getValidationErrorType(), e.getDescription());
    }
    OperationDefinition operation = operation(document, body.get("operationName"), out);
    if (!errors.isEmpty() || operation == null) {
      return out.list; // types of an invalid document cannot be resolved reliably
    }
    checkVariables(operation, body.get("variables"), out);
    checkResponse(document, operation, response, out);
    return out.list;
  }

  private static OperationDefinition operation(Document document, JsonNode name, Sink out) {
    List<OperationDefinition> ops = document.getDefinitionsOfType(OperationDefinition.class);
    if (name == null || name.isNull()) {
      if (ops.size() != 1) {
        out.add("graphql.request.operationName", "the document has " + ops.size() + " operations and no operationName is sent");
        return null;
      }
      return ops.get(0);
    }
    if (!name.isTextual()) {
      out.add("graphql.request.operationName", "operationName is not a string: " + name);
      return null;
    }
    for (OperationDefinition op : ops) {
      if (name.asText().equals(op.getName())) {
        return op;
      }
    }
    out.add("graphql.request.operationName", "no operation named " + name.asText() + " in the document");
    return null;
  }

  // ---- variables ----

  private void checkVariables(OperationDefinition operation, JsonNode variables, Sink out) {
    if (variables != null && !variables.isNull() && !variables.isObject()) {
      out.add("graphql.variables.type", "\"variables\" must be an object, found " + variables.getNodeType());
      return;
    }
    Set<String> declared = new LinkedHashSet<>();
    for (VariableDefinition def : operation.getVariableDefinitions()) {
      declared.add(def.getName());
      JsonNode value = variables == null ? null : variables.get(def.getName());
      GraphQLInputType type = (GraphQLInputType) toSchemaType(def.getType());
      String path = "$" + def.getName();
      if (value == null) {
        if (GraphQLTypeUtil.isNonNull(type) && def.getDefaultValue() == null) {
          out.add("graphql.variables.missing", path + " of type " + GraphQLTypeUtil.simplePrint(type) + " is required");
        }
        continue;
      }
      checkInput(type, value, path, out);
    }
    if (variables != null && variables.isObject()) {
      for (Iterator<String> it = variables.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (!declared.contains(name)) {
          out.add("graphql.variables.unknown", "$" + name + " is not declared by operation " + operation.getName());
        }
      }
    }
  }

  private GraphQLType toSchemaType(Type<?> type) {
    if (type instanceof NonNullType) {
      return GraphQLNonNull.nonNull(toSchemaType(((NonNullType) type).getType()));
    }
    if (type instanceof ListType) {
      return GraphQLList.list(toSchemaType(((ListType) type).getType()));
    }
    return schema.getType(((TypeName) type).getName());
  }

  private void checkInput(GraphQLInputType type, JsonNode value, String path, Sink out) {
    if (type instanceof GraphQLNonNull) {
      if (value == null || value.isNull()) {
        out.add("graphql.variables.nonNull", path + " is null but its type " + GraphQLTypeUtil.simplePrint(type) + " is non-null");
        return;
      }
      checkInput((GraphQLInputType) ((GraphQLNonNull) type).getWrappedType(), value, path, out);
      return;
    }
    if (value == null || value.isNull()) {
      return;
    }
    if (type instanceof GraphQLList) {
      GraphQLInputType item = (GraphQLInputType) ((GraphQLList) type).getWrappedType();
      if (value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          checkInput(item, value.get(i), path + "[" + i + "]", out);
        }
      } else {
        checkInput(item, value, path, out); // input coercion accepts a single item for a list
      }
      return;
    }
    if (type instanceof GraphQLInputObjectType) {
      GraphQLInputObjectType object = (GraphQLInputObjectType) type;
      if (!value.isObject()) {
        out.add("graphql.variables.type", path + " must be an " + object.getName() + " object, found " + value.getNodeType());
        return;
      }
      for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
        JsonNode fieldValue = value.get(field.getName());
        if (fieldValue == null) {
          if (GraphQLTypeUtil.isNonNull(field.getType()) && !field.hasSetDefaultValue()) {
            out.add("graphql.variables.requiredField", path + "." + field.getName() + " of type "
                + GraphQLTypeUtil.simplePrint(field.getType()) + " is required by " + object.getName());
          }
          continue;
        }
        checkInput(field.getType(), fieldValue, path + "." + field.getName(), out);
      }
      for (Iterator<String> it = value.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (object.getField(name) == null) {
          out.add("graphql.variables.unknownField", path + "." + name + " is not a field of " + object.getName());
        }
      }
      return;
    }
    if (type instanceof GraphQLEnumType) {
      checkEnum((GraphQLEnumType) type, value, path, "graphql.variables.type", out);
      return;
    }
    checkScalar((GraphQLScalarType) type, value, path, "graphql.variables.type", out);
  }

  // ---- response ----

  private void checkResponse(Document document, OperationDefinition operation, IResponse response, Sink out) {
    if (response.getStatus() != 200) {
      out.add("graphql.response.status", "the schema documents GraphQL responses (HTTP 200), found " + response.getStatus());
    }
    JsonNode body = json(response.getBody(), out, "graphql.response.body");
    if (body == null) {
      return;
    }
    for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!Set.of("data", "errors", "extensions").contains(key)) {
        out.add("graphql.response.unknownKey", "a GraphQL response has data, errors and extensions; found \"" + key + "\"");
      }
    }
    JsonNode errors = body.get("errors");
    boolean hasErrors = errors != null && !errors.isNull();
    if (hasErrors) {
      checkErrors(errors, out);
    }
    JsonNode data = body.get("data");
    if ((data == null || data.isNull()) && !hasErrors) {
      out.add("graphql.response.empty", "neither data nor errors");
      return;
    }
    if (data != null && !data.isNull()) {
      GraphQLObjectType root = operation.getOperation() == OperationDefinition.Operation.MUTATION
          ? schema.getMutationType() : schema.getQueryType();
      checkSelection(document, root, operation.getSelectionSet(), data, "data", hasErrors, out);
    }
  }

  private static void checkErrors(JsonNode errors, Sink out) {
    if (!errors.isArray() || errors.isEmpty()) {
      out.add("graphql.response.errors", "\"errors\" must be a non-empty array");
      return;
    }
    for (int i = 0; i < errors.size(); i++) {
      JsonNode e = errors.get(i);
      String at = "errors[" + i + "]";
      if (!e.path("message").isTextual()) {
        out.add("graphql.response.errors", at + " has no \"message\" string");
      }
      JsonNode path = e.get("path");
      if (path != null) {
        boolean ok = path.isArray();
        for (JsonNode segment : path) {
          ok &= segment.isTextual() || segment.isIntegralNumber();
        }
        if (!ok) {
          out.add("graphql.response.errors", at + ".path must be an array of field names and indices");
        }
      }
      JsonNode extensions = e.get("extensions");
      if (extensions != null && !extensions.isObject()) {
        out.add("graphql.response.errors", at + ".extensions must be an object");
      }
    }
  }

  private void checkSelection(Document document, GraphQLFieldsContainer parent, SelectionSet selections,
      JsonNode value, String path, boolean lenientNulls, Sink out) {
    if (!value.isObject()) {
      out.add("graphql.response.type", path + " must be a " + parent.getName() + " object, found " + value.getNodeType());
      return;
    }
    Set<String> selected = new LinkedHashSet<>();
    for (Field field : fields(document, parent, selections)) {
      String key = field.getResultKey();
      selected.add(key);
      JsonNode fieldValue = value.get(key);
      String at = path + "." + key;
      if (fieldValue == null) {
        out.add("graphql.response.missingField", at + " is selected but missing");
        continue;
      }
      if ("__typename".equals(field.getName())) {
        if (!fieldValue.isTextual()) {
          out.add("graphql.response.type", at + " must be a String");
        }
        continue;
      }
      GraphQLFieldDefinition definition = parent.getFieldDefinition(field.getName());
      checkOutput(document, definition.getType(), field.getSelectionSet(), fieldValue, at, lenientNulls, out);
    }
    for (Iterator<String> it = value.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!selected.contains(key)) {
        out.add("graphql.response.unselectedField", path + "." + key + " is not selected by the query");
      }
    }
  }

  private void checkOutput(Document document, GraphQLOutputType type, SelectionSet selections, JsonNode value,
      String path, boolean lenientNulls, Sink out) {
    if (type instanceof GraphQLNonNull) {
      if (value.isNull()) {
        if (!lenientNulls) { // with errors, a null may stand for a failed non-null field
          out.add("graphql.response.nonNull", path + " is null but its type " + GraphQLTypeUtil.simplePrint(type) + " is non-null");
        }
        return;
      }
      checkOutput(document, (GraphQLOutputType) ((GraphQLNonNull) type).getWrappedType(), selections, value, path,
          lenientNulls, out);
      return;
    }
    if (value.isNull()) {
      return;
    }
    if (type instanceof GraphQLList) {
      if (!value.isArray()) {
        out.add("graphql.response.type", path + " must be a list, found " + value.getNodeType());
        return;
      }
      GraphQLOutputType item = (GraphQLOutputType) ((GraphQLList) type).getWrappedType();
      for (int i = 0; i < value.size(); i++) {
        checkOutput(document, item, selections, value.get(i), path + "[" + i + "]", lenientNulls, out);
      }
      return;
    }
    if (type instanceof GraphQLFieldsContainer) {
      checkSelection(document, (GraphQLFieldsContainer) type, selections, value, path, lenientNulls, out);
      return;
    }
    if (type instanceof GraphQLEnumType) {
      checkEnum((GraphQLEnumType) type, value, path, "graphql.response.type", out);
      return;
    }
    if (type instanceof GraphQLScalarType) {
      checkScalar((GraphQLScalarType) type, value, path, "graphql.response.type", out);
    }
  }

  /** The fields a selection set asks of a type, fragments flattened. */
  private List<Field> fields(Document document, GraphQLFieldsContainer parent, SelectionSet selections) {
    List<Field> fields = new ArrayList<>();
    if (selections == null) {
      return fields;
    }
    for (Selection<?> s : selections.getSelections()) {
      if (s instanceof Field) {
        fields.add((Field) s);
      } else if (s instanceof InlineFragment) {
        InlineFragment f = (InlineFragment) s;
        if (f.getTypeCondition() == null || applies(f.getTypeCondition().getName(), parent)) {
          fields.addAll(fields(document, parent, f.getSelectionSet()));
        }
      } else if (s instanceof FragmentSpread) {
        String name = ((FragmentSpread) s).getName();
        for (Definition<?> d : document.getDefinitions()) {
          if (d instanceof FragmentDefinition && name.equals(((FragmentDefinition) d).getName())
              && applies(((FragmentDefinition) d).getTypeCondition().getName(), parent)) {
            fields.addAll(fields(document, parent, ((FragmentDefinition) d).getSelectionSet()));
          }
        }
      }
    }
    return fields;
  }

  private static boolean applies(String typeCondition, GraphQLFieldsContainer parent) {
    if (typeCondition.equals(parent.getName())) {
      return true;
    }
    return parent instanceof GraphQLObjectType && ((GraphQLObjectType) parent).getInterfaces().stream()
        .map(GraphQLNamedType::getName).anyMatch(typeCondition::equals);
  }

  // ---- leaves ----

  private static void checkEnum(GraphQLEnumType type, JsonNode value, String path, String rule, Sink out) {
    if (!value.isTextual() || type.getValue(value.asText()) == null) {
      out.add(rule, path + " must be one of " + type.getName() + " " + type.getValues().stream()
          .map(v -> v.getName()).toList() + ", found " + value);
    }
  }

  private static void checkScalar(GraphQLScalarType type, JsonNode value, String path, String rule, Sink out) {
    boolean ok;
    switch (type.getName()) {
      case "Int":
        ok = value.isIntegralNumber() && value.canConvertToInt();
        break;
      case "Float":
        ok = value.isNumber();
        break;
      case "String":
        ok = value.isTextual();
        break;
      case "Boolean":
        ok = value.isBoolean();
        break;
      case "ID":
        ok = value.isTextual() || value.isIntegralNumber();
        break;
      case "DateTime":
        ok = value.isTextual() && isOffsetDateTime(value.asText());
        break;
      default:
        ok = true; // a custom scalar this checker does not know: any value
    }
    if (!ok) {
      out.add(rule, path + " must be " + article(type.getName()) + ", found " + value.getNodeType() + " " + value);
    }
  }

  private static boolean isOffsetDateTime(String text) {
    try {
      OffsetDateTime.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static String article(String typeName) {
    return Map.of("Int", "an Int (32-bit integer)", "ID", "an ID (string or integer)",
        "DateTime", "a DateTime (ISO-8601 with offset)").getOrDefault(typeName, "a " + typeName);
  }

  private static JsonNode json(OptionalBody body, Sink out, String rule) {
    if (body == null || !body.isPresent()) {
      out.add(rule, "no JSON body");
      return null;
    }
    try {
      JsonNode node = JSON.readTree(body.valueAsString());
      if (node == null || !node.isObject()) {
        out.add(rule, "the body is not a JSON object");
        return null;
      }
      return node;
    } catch (IOException e) {
      out.add(rule, "the body is not JSON: " + e.getMessage());
      return null;
    }
  }

  /** Collects the violations of one interaction. */
  private static final class Sink {
    final String pact;
    final String interaction;
    final List<Violation> list = new ArrayList<>();

    Sink(String pact, String interaction) {
      this.pact = pact;
      this.interaction = interaction;
    }

    void add(String rule, String detail) {
      list.add(new Violation(pact, interaction, rule, detail));
    }
  }
}
