package dev.switchboard.contract.check;

/**
 * One way a recorded interaction breaks its spec.
 *
 * @param pact the pact file's name
 * @param interaction the interaction's description
 * @param rule the rule broken: a swagger-request-validator message key, or a {@code graphql.*} /
 *     {@code pact.*} rule of this checker
 * @param detail what exactly is wrong
 */
public record Violation(String pact, String interaction, String rule, String detail) {
  @Override
  public String toString() {
    return "pact " + pact + ", interaction \"" + interaction + "\": " + rule + ": " + detail;
  }
}
