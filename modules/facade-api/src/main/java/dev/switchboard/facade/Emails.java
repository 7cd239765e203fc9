package dev.switchboard.facade;

/**
 * The one check of an email the facade makes itself, before any request: the shape every platform
 * takes (Chatwoot's {@code [^@\s]+@[^@\s]+}, the roster schema's pattern): one {@code @}, something
 * on either side, no whitespace. Anything stricter is the platform's to say; a value that fails
 * this would only come back as the platform's error after a request (or be stored as it is).
 */
final class Emails {
  private Emails() {}

  /**
   * @param email an email being set
   * @return it, when it is an address
   * @throws IllegalArgumentException naming the field, the value and what is wrong with it
   */
  static String check(String email) {
    String problem = problem(email);
    if (problem != null) {
      throw new IllegalArgumentException("email must be an address like name@example.com, was '" + email + "' (" + problem + ")");
    }
    return email;
  }

  private static String problem(String email) {
    if (email.isEmpty()) {
      return "it is empty";
    }
    if (email.codePoints().anyMatch(Character::isWhitespace)) {
      return "it contains a space";
    }
    int at = email.indexOf('@');
    if (at < 0) {
      return "it has no @";
    }
    if (email.indexOf('@', at + 1) >= 0) {
      return "it has more than one @";
    }
    if (at == 0) {
      return "nothing before the @";
    }
    return at == email.length() - 1 ? "nothing after the @" : null;
  }
}
