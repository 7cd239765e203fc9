package example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.switchboard.sandbox.Sandbox;
import dev.switchboard.spring.boot.test.SwitchboardSandboxTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The service as its users meet it: agents from a controller as JSON (Boot's ObjectMapper, Boot's
 * Jackson), and a start with a required property missing that ends in Boot's report naming it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@SwitchboardSandboxTest
@ExtendWith(OutputCaptureExtension.class)
class WebTest {
  @Autowired MockMvc mvc;
  @Autowired Sandbox sandbox;

  @Test
  void aControllerReturnsAgentsAsJson() throws Exception {
    sandbox.reset();
    sandbox.seedDemoData();
    mvc.perform(get("/agents/bird"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].platform").value("bird"))
        .andExpect(jsonPath("$[0].id").isNotEmpty())
        .andExpect(jsonPath("$[0].availability").isNotEmpty())
        .andExpect(jsonPath("$[0].raw").doesNotExist());
  }

  @Test
  void aMissingRequiredPropertyIsReportedNotThrownAsAStackTrace(CapturedOutput output) {
    Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(Application.class)
        .web(WebApplicationType.NONE)
        .properties("switchboard.chatcaptain.key=k-1", "switchboard.chatcaptain.url=http://127.0.0.1:9/cc",
            "spring.main.banner-mode=off")
        .run());

    assertThat(failure).as("the start fails").isNotNull();
    assertThat(output.getAll()).contains("APPLICATION FAILED TO START",
        "Switchboard could not configure a platform: switchboard.chatcaptain.chatbot must be set too.",
        "Set 'switchboard.chatcaptain.chatbot'");
  }
}
