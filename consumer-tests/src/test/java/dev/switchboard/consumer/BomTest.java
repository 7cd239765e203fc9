package dev.switchboard.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * switchboard-bom has no parent (importing it must not import our build's test libraries), so
 * it spells its versions out. This keeps them the root POM's and keeps every published module in it.
 */
class BomTest {
  private static final Map<String, String> PROPERTY_OF = Map.of(
      "okhttp-jvm", "okhttp.version",
      "okio-jvm", "okio.version",
      "okio", "okio.version",
      "kotlin-stdlib", "kotlin.version",
      "kotlin-stdlib-jdk7", "kotlin.version",
      "kotlin-stdlib-jdk8", "kotlin.version",
      "slf4j-api", "slf4j.version",
      "jackson-bom", "jackson.version");

  private static Map<String, String> bomEntries() {
    Element bom = Poms.parse("modules/bom/pom.xml");
    Element managed = Poms.child(Poms.child(bom, "dependencyManagement").orElseThrow(), "dependencies").orElseThrow();
    Map<String, String> entries = new LinkedHashMap<>();
    for (Element dependency : Poms.children(managed, "dependency")) {
      entries.put(Poms.text(dependency, "artifactId"), Poms.text(dependency, "version"));
    }
    return entries;
  }

  @Test
  void thirdPartyVersionsAreTheRootPomsAndTheBomIsThisVersion() {
    Element root = Poms.parse("pom.xml");
    Element bom = Poms.parse("modules/bom/pom.xml");
    assertThat(Poms.text(bom, "version")).isEqualTo(Repo.version()).isEqualTo(Poms.text(root, "version"));
    Map<String, String> entries = bomEntries();
    assertThat(entries.keySet()).containsAll(PROPERTY_OF.keySet());
    PROPERTY_OF.forEach((artifact, property) ->
        assertThat(entries.get(artifact)).as(artifact + " (root property " + property + ")")
            .isEqualTo(Poms.property(root, property)));
  }

  @Test
  void theBomIsSignedWithTheParentsGpgPlugin() {
    assertThat(Repo.read("modules/bom/pom.xml"))
        .contains("<version>" + Poms.property(Poms.parse("pom.xml"), "gpg-plugin.version") + "</version>");
  }

  @Test
  void everyPublishedModuleIsInTheBomAtTheProjectVersion() {
    Element root = Poms.parse("pom.xml");
    Set<String> published = new TreeSet<>();
    for (Element module : Poms.children(Poms.child(root, "modules").orElseThrow(), "module")) {
      String dir = module.getTextContent().strip();
      Element pom = Poms.parse(dir + "/pom.xml");
      String artifactId = Poms.text(pom, "artifactId");
      String packaging = Poms.text(pom, "packaging");
      boolean generated = Poms.child(pom, "parent")
          .map(p -> "switchboard-codegen-parent".equals(Poms.text(p, "artifactId"))).orElse(false);
      boolean publishedFlag = "false".equals(Poms.property(pom, "switchboard.unpublished"));
      // A generated module is published (codegen's parent says so) unless it says otherwise itself,
      // as the test-only toy platform does.
      boolean unpublishedFlag = "true".equals(Poms.property(pom, "switchboard.unpublished"));
      if ((publishedFlag || generated && !unpublishedFlag) && !"pom".equals(packaging)) {
        published.add(artifactId);
      }
    }
    assertThat(published).contains("switchboard-runtime", "switchboard-facade-api", "switchboard-facade", "switchboard-sandbox",
        "switchboard-sandbox-junit", "switchboard-sandbox-fakes", "switchboard-chatwoot-sandbox", "switchboard-bird-sandbox",
        "switchboard-chatcaptain-sandbox", "switchboard-livechat-sandbox", "switchboard-bcrumbs-sandbox",
        "switchboard-chatwoot", "switchboard-bird", "switchboard-chatcaptain", "switchboard-livechat",
        "switchboard-bcrumbs");
    Map<String, String> entries = bomEntries();
    for (String artifact : published) {
      assertThat(entries.get(artifact)).as(artifact + " in switchboard-bom").isEqualTo("${project.version}");
    }
    List<String> ours = entries.keySet().stream().filter(a -> a.startsWith("switchboard-")).toList();
    assertThat(ours).as("no unpublished module in the BOM").allMatch(published::contains);
  }
}
