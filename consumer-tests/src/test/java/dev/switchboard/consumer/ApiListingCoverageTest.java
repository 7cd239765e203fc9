package dev.switchboard.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Every published module has its committed API listing (api/&lt;artifactId&gt;.api) and runs the check
 * that compares it with its classes (the parent POM's exec-maven-plugin execution "api-listing",
 * declared in the module's own build or, for the platforms, in codegen's); an unpublished module has
 * none. The build checks the listings' content; this keeps a new published module from skipping it.
 */
class ApiListingCoverageTest {

  @Test
  void everyPublishedModuleRunsTheApiCheckAndHasItsListing() {
    List<String> published = new ArrayList<>();
    Element root = Poms.parse("pom.xml");
    for (Element module : Poms.children(Poms.child(root, "modules").orElseThrow(), "module")) {
      String dir = module.getTextContent().strip();
      Element pom = Poms.parse(dir + "/pom.xml");
      String artifactId = Poms.text(pom, "artifactId");
      boolean generated = Poms.child(pom, "parent")
          .map(p -> "switchboard-codegen-parent".equals(Poms.text(p, "artifactId"))).orElse(false);
      boolean publishedFlag = "false".equals(Poms.property(pom, "switchboard.unpublished"));
      boolean unpublishedFlag = "true".equals(Poms.property(pom, "switchboard.unpublished"));
      boolean isPublished = (publishedFlag || generated && !unpublishedFlag) && !"pom".equals(Poms.text(pom, "packaging"));
      boolean hasListing = Files.exists(Repo.ROOT.resolve(dir + "/api/" + artifactId + ".api"));
      if (isPublished) {
        published.add(artifactId);
        assertThat(hasListing).as(dir + "/api/" + artifactId + ".api").isTrue();
        assertThat(runsTheCheck(generated ? Poms.parse("codegen/pom.xml") : pom))
            .as(dir + " (or its parent) declares exec-maven-plugin, the API check, in <build><plugins>").isTrue();
      } else {
        assertThat(hasListing).as("unpublished " + dir + " has no API listing").isFalse();
      }
    }
    assertThat(published).contains("switchboard-runtime", "switchboard-facade-api", "switchboard-bird", "switchboard-sync");
  }

  private static boolean runsTheCheck(Element pom) {
    return Poms.child(pom, "build").flatMap(b -> Poms.child(b, "plugins")).stream()
        .flatMap(plugins -> Poms.children(plugins, "plugin").stream())
        .anyMatch(p -> "exec-maven-plugin".equals(Poms.text(p, "artifactId")));
  }
}
