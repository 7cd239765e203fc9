package dev.switchboard.facade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * An email that is not an address is refused where the agent or the update is built, naming the
 * field and what is wrong; as lenient as the platforms (Chatwoot's {@code [^@\s]+@[^@\s]+}, the
 * roster schema's pattern), so no address a platform takes is refused.
 */
class AgentEmailTest {
  @Test
  void aNewAgentWithAnEmailThatIsNotAnAddressIsRefusedNamingTheFieldAndTheProblem() {
    assertThatThrownBy(() -> NewAgent.named("Bo").email("not-an-email").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("email must be an address like name@example.com, was 'not-an-email' (it has no @)");
    assertThatThrownBy(() -> NewAgent.named("Bo").email("bo@@example.com").build())
        .hasMessageEndingWith("(it has more than one @)");
    assertThatThrownBy(() -> NewAgent.named("Bo").email("@example.com").build()).hasMessageEndingWith("(nothing before the @)");
    assertThatThrownBy(() -> NewAgent.named("Bo").email("bo@").build()).hasMessageEndingWith("(nothing after the @)");
    assertThatThrownBy(() -> NewAgent.named("Bo").email("bo @example.com").build()).hasMessageEndingWith("(it contains a space)");
    assertThatThrownBy(() -> NewAgent.named("Bo").email(" bo@example.com").build()).hasMessageEndingWith("(it contains a space)");
  }

  @Test
  void anUpdateToAnEmailThatIsNotAnAddressIsRefused() {
    assertThatThrownBy(() -> AgentUpdate.builder().email("not-an-email").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("email must be an address like name@example.com, was 'not-an-email' (it has no @)");
    // An update has no "no email": a blank one is not an address either.
    assertThatThrownBy(() -> AgentUpdate.builder().email("").build()).hasMessageStartingWith("email must be an address");
  }

  @Test
  void realAddressesAndNoEmailPass() {
    for (String email : new String[] {"ann@example.com", "b@x", "a.b+tag@mail.example.co.uk", "o'brien@example.com",
        "\u7528\u6237@\u4f8b\u5b50.\u5e7f\u544a", "ANN@EXAMPLE.COM"}) {
      assertThat(NewAgent.named("Ann").email(email).build().email()).isEqualTo(email);
      assertThat(AgentUpdate.builder().email(email).build().email().value()).isEqualTo(email);
    }
    // No email, or a blank one, is "none": a platform that needs one refuses it naming the field, as before.
    assertThat(NewAgent.named("Ann").build().email()).isNull();
    assertThat(NewAgent.named("Ann").email(" ").build().email()).isEqualTo(" ");
  }
}
