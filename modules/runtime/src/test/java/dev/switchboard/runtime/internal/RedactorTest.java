package dev.switchboard.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.runtime.auth.Credential;
import dev.switchboard.runtime.auth.Secret;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {
  @Test
  void masksKnownSecretsAndSecretNamedJsonFields() {
    Redactor r = new Redactor(List.of(Secret.of("abc123", "k")));
    String out = r.redact("{\"message\":\"key abc123 invalid\",\"secret_key\":\"s1\",\"key\":\"k2\",\"pushToken\":\"p\",\"name\":\"Ann\"}");
    assertThat(out).doesNotContain("abc123", "\"s1\"", "\"k2\"", "\"p\"").contains("\"name\":\"Ann\"", Redactor.MASK);
  }

  @Test
  void secretsAndCredentialsNeverPrintThemselves() {
    Secret s = Secret.of("topsecret", "k");
    assertThat(s.toString()).doesNotContain("topsecret");
    Credential basic = Credential.basic("acct", Secret.of("pat-1", "pat"));
    assertThat(basic.toString()).doesNotContain("pat-1");
    assertThat(basic.headerValue().reveal()).startsWith("Basic ");
    assertThat(new Redactor(basic.secrets()).redact(basic.headerValue().reveal())).isEqualTo("Basic " + Redactor.MASK);
  }
}
