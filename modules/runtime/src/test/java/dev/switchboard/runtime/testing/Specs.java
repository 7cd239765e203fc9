package dev.switchboard.runtime.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a provider's spec the way a strict consumer would. */
public final class Specs {
  private Specs() {}

  /** @return {@code specs/<provider>/openapi.yaml}, found from a module's directory */
  public static Path openApi(String provider) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("specs"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no specs/ folder above " + Path.of("").toAbsolutePath());
    }
    return dir.resolve("specs").resolve(provider).resolve("openapi.yaml");
  }

  /** Fails on any message swagger-parser reports, warnings included. */
  public static void assertParsesStrictly(String provider) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setValidateExternalRefs(true);
    SwaggerParseResult result =
        new OpenAPIV3Parser().readLocation(openApi(provider).toUri().toString(), null, options);
    assertThat(result.getMessages()).as("swagger-parser messages for " + provider).isEmpty();
    assertThat(result.getOpenAPI()).isNotNull();
    assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.0.3");
  }
}
