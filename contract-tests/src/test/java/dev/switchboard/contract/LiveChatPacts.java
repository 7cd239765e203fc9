package dev.switchboard.contract;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static dev.switchboard.contract.Contracts.JSON;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;

/** What LiveChat's pacts share at every API version: the RPC call's shape and the error body. */
final class LiveChatPacts {
  /** A token in LiveChat's {@code fra} data centre: its prefix is what the client sends as X-Region. */
  static final String TOKEN = "fra:livechat-test-access-token";

  private LiveChatPacts() {}

  /** Every LiveChat method is a JSON POST with the bearer token and the token's region. */
  static PactDslRequestWithPath call(PactDslWithProvider p, String state, String description, String path,
      DslPart body) {
    return p.given(state).uponReceiving(description).method("POST").path(path)
        .matchHeader("Authorization", "Bearer \\S+", "Bearer " + TOKEN)
        .matchHeader("X-Region", "[a-z]+", "fra")
        .matchHeader("Content-Type", JSON, "application/json")
        .body(body);
  }

  /** LiveChat's error body: {@code {"error": {"type", "message"}}}. */
  static DslPart error(String type, String message) {
    return newJsonBody(b -> b.object("error", e -> e
        .stringValue("type", type)
        .stringType("message", message))).build();
  }

  /** An empty JSON object, LiveChat's answer to a write with nothing to say. */
  static DslPart empty() {
    return new PactDslJsonBody();
  }
}
