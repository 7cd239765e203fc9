package dev.switchboard.runtime.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** WireMock bound to 127.0.0.1 on a free port: tests never reach beyond loopback. */
public final class Loopback {
  private Loopback() {}

  /** @return a per-test-class WireMock extension on loopback */
  public static WireMockExtension wireMock() {
    return WireMockExtension.newInstance()
        .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
        .build();
  }

  /** Path values that must reach the server as exactly one encoded segment. */
  public static final String[][] HOSTILE_PATH_VALUES = {
    {"a/../b", "a%2F..%2Fb"},
    {"a/b", "a%2Fb"},
    {"a b", "a%20b"},
    {"50%", "50%25"},
    {"a%2Fb", "a%252Fb"},
    {"what?x=1", "what%3Fx%3D1"},
    {"frag#1", "frag%231"},
    {"ü", "%C3%BC"},
  };

  /** Path values rejected before sending. */
  public static final String[] REJECTED_PATH_VALUES = {"..", ".", "", " "};
}
