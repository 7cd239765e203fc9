package dev.switchboard.spring.boot.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** A wrong key: that platform's health is DOWN with the typed reason, the others stay UP. */
@SpringBootTest(classes = TestApplication.class, properties = {
    "management.endpoint.health.show-details=always",
    "switchboard.bird.access-key=wrong-key-4711"})
@AutoConfigureMockMvc
@SwitchboardSandboxTest
class HealthDownTest {
  @Autowired MockMvc mvc;

  @Test
  void aWrongKeyIsDownWithTheTypedReason() throws Exception {
    MockHttpServletResponse response = mvc.perform(get("/actuator/health/switchboard")).andReturn().getResponse();
    String body = response.getContentAsString();

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(body).startsWith("{\"status\":\"DOWN\"")
        .contains("\"bird\":{\"status\":\"DOWN\",\"details\":{\"platform\":\"bird\",\"error\":\"AuthenticationException\","
            + "\"status\":401")
        .contains("\"chatwoot\":{\"status\":\"UP\"")
        .doesNotContain("wrong-key-4711");
  }
}
