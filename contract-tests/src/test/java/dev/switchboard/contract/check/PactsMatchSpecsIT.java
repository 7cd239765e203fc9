package dev.switchboard.contract.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs after the consumer tests wrote the pacts: every interaction of every pact must match its
 * provider's spec, request and response. Any violation fails the build, naming the pact, the
 * interaction and the rule. Each pact must also cover its spec: every operation (GraphQL root
 * field) and every documented error status.
 */
class PactsMatchSpecsIT {
  /** Listed once, in contract-tests/validator/providers.properties. */
  private static final List<String> PROVIDERS = Locations.providers();
  private static final PactChecker CHECKER = new PactChecker(Locations.specsDir());

  private static List<Path> pacts() throws IOException {
    try (Stream<Path> files = Files.list(Locations.pactsDir())) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void theConsumerTestsWroteOnePactPerPlatform() throws IOException {
    assertThat(Locations.pactsDir()).as("pact.rootDir").isDirectory();
    assertThat(pacts()).extracting(p -> p.getFileName().toString())
        .containsExactlyInAnyOrderElementsOf(PROVIDERS.stream().map(p -> "switchboard-" + p + ".json").toList());
  }

  @TestFactory
  Stream<DynamicTest> everyOperationAndDocumentedErrorIsCovered() {
    return PROVIDERS.stream().map(provider -> dynamicTest(provider, () -> {
      Path pact = Locations.pactsDir().resolve("switchboard-" + provider + ".json");
      Path spec = Locations.specsDir().resolve(provider);
      Path rest = PactChecker.restSpec(Locations.specsDir(), provider);
      List<String> gaps = Files.isRegularFile(rest)
          ? SpecCoverage.restGaps(rest, pact)
          : SpecCoverage.graphQlGaps(spec.resolve("schema.graphqls"), pact);
      assertThat(gaps).as("what specs/" + provider + " documents but pact " + pact.getFileName() + " leaves out")
          .isEmpty();
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyInteractionMatchesItsSpec() throws IOException {
    return pacts().stream().map(pact -> dynamicTest(pact.getFileName().toString(), () -> {
      Report report = CHECKER.check(pact);
      System.out.printf("%s: %d interactions checked against specs/%s, %d violations%n",
          report.pact(), report.interactions(), report.provider(), report.violations().size());
      if (!report.violations().isEmpty()) {
        fail(report.violations().size() + " contract violation(s) of specs/" + report.provider() + ":\n"
            + report.describe());
      }
      assertThat(report.interactions()).as("interactions checked in " + report.pact()).isPositive();
    }));
  }
}
