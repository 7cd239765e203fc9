package dev.switchboard.contract.check;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What checking one pact found.
 *
 * @param pact the pact file's name
 * @param provider the pact's provider
 * @param interactions how many interactions were checked
 * @param violations every violation, in interaction order
 */
public record Report(String pact, String provider, int interactions, List<Violation> violations) {
  /** @return the violations, one per line */
  public String describe() {
    return violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
  }
}
