package example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.sandbox.Sandbox;
import dev.switchboard.spring.boot.test.SwitchboardSandboxTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The first calls a Boot user makes, with Boot's versions on the classpath: every platform the
 * sandbox fakes answers a list, and the health endpoint reports UP.
 */
@SpringBootTest(properties = "management.endpoint.health.show-details=always")
@SwitchboardSandboxTest
class ApplicationTest {
  @Autowired RosterService roster;
  @Autowired HealthEndpoint health;
  @Autowired Sandbox sandbox;

  @BeforeEach
  void demoData() {
    sandbox.reset();
    sandbox.seedDemoData();
  }

  @Test
  void theClasspathIsBootsNotOurs() {
    // What makes this project worth having: Boot's parent picks Jackson and Kotlin, not the
    // versions Switchboard is built with. If these ever match, the calls below prove less.
    // The invoker filters only the POM, which hands the versions on as properties.
    String ourJackson = System.getProperty("switchboard.built.jackson");
    String ourKotlin = System.getProperty("switchboard.built.kotlin");
    assertThat(ourJackson).as("Switchboard's Jackson version, from the POM").matches("\\d+\\.\\d+.*");
    assertThat(ourKotlin).as("Switchboard's Kotlin version, from the POM").matches("\\d+\\.\\d+.*");
    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString()).isNotEqualTo(ourJackson);
    assertThat(kotlin.KotlinVersion.CURRENT.toString()).isNotEqualTo(ourKotlin);
  }

  @Test
  void everyPlatformAnswersItsFirstCall() {
    Map<String, Long> counts = roster.agentsPerPlatform();
    assertThat(counts).containsOnlyKeys("bcrumbs", "bird", "chatcaptain", "chatwoot", "intercom", "livechat", "twilio");
    assertThat(counts.values()).allSatisfy(n -> assertThat(n).isPositive());
  }

  @Test
  void healthIsUp() {
    assertThat(health.health().getStatus()).isEqualTo(Status.UP);
  }
}
