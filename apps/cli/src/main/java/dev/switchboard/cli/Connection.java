package dev.switchboard.cli;

import dev.switchboard.bcrumbs.BcrumbsClient;
import dev.switchboard.bird.BirdClient;
import dev.switchboard.chatcaptain.ChatCaptainClient;
import dev.switchboard.chatwoot.ChatwootClient;
import dev.switchboard.facade.Switchboard;
import dev.switchboard.facade.platform.BcrumbsDirectory;
import dev.switchboard.facade.platform.BirdDirectory;
import dev.switchboard.facade.platform.ChatCaptainDirectory;
import dev.switchboard.facade.platform.ChatwootDirectory;
import dev.switchboard.facade.platform.LiveChatDirectory;
import dev.switchboard.livechat.LiveChatApiVersion;
import dev.switchboard.livechat.LiveChatClient;
import dev.switchboard.sandbox.Sandbox;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Where the CLI's agents live: the platforms whose credentials are set (environment variables, or
 * a properties file with the same names; the environment wins), or, with none set, the embedded
 * sandbox seeded with demo data. Credential values are never printed.
 *
 * <pre>
 * SWITCHBOARD_CHATWOOT_TOKEN, SWITCHBOARD_CHATWOOT_ACCOUNT, [SWITCHBOARD_CHATWOOT_URL]
 * SWITCHBOARD_BIRD_ACCESS_KEY, SWITCHBOARD_BIRD_WORKSPACE, [SWITCHBOARD_BIRD_URL]
 * SWITCHBOARD_CHATCAPTAIN_KEY, SWITCHBOARD_CHATCAPTAIN_CHATBOT, [SWITCHBOARD_CHATCAPTAIN_URL]
 * SWITCHBOARD_LIVECHAT_TOKEN, [SWITCHBOARD_LIVECHAT_URL], [SWITCHBOARD_LIVECHAT_API_VERSION 3.4|3.1], [SWITCHBOARD_LIVECHAT_REGION]
 * SWITCHBOARD_BCRUMBS_API_KEY, SWITCHBOARD_BCRUMBS_WORKSPACE, [SWITCHBOARD_BCRUMBS_URL]
 * </pre>
 */
final class Connection implements AutoCloseable {
  final Switchboard switchboard;
  private final Sandbox sandbox;

  private Connection(Switchboard switchboard, Sandbox sandbox) {
    this.switchboard = switchboard;
    this.sandbox = sandbox;
  }

  /** A configuration problem; nothing was sent. */
  static final class Misconfigured extends Exception {
    private static final long serialVersionUID = 1L;

    Misconfigured(String message) {
      super(message);
    }
  }

  static Connection open(Map<String, String> env, Path configFile, boolean forceSandbox, PrintWriter err)
      throws Misconfigured {
    Map<String, String> settings = new HashMap<>();
    if (configFile != null) {
      Properties p = new Properties();
      try (Reader r = Files.newBufferedReader(configFile)) {
        p.load(r);
      } catch (IOException e) {
        throw new Misconfigured("cannot read config file " + configFile + ": " + e.getMessage());
      }
      p.stringPropertyNames().forEach(k -> settings.put(k, p.getProperty(k)));
    }
    env.forEach((k, v) -> {
      if (k.startsWith("SWITCHBOARD_")) {
        settings.put(k, v);
      }
    });
    Switchboard.Builder b = Switchboard.builder();
    boolean any = false;
    if (!forceSandbox) {
      if (has(settings, "SWITCHBOARD_CHATWOOT_TOKEN")) {
        ChatwootClient.Builder c = ChatwootClient.builder().apiAccessToken(settings.get("SWITCHBOARD_CHATWOOT_TOKEN"));
        url(settings, "SWITCHBOARD_CHATWOOT_URL", c);
        b.add(ChatwootDirectory.of(c.build(), number(settings, "SWITCHBOARD_CHATWOOT_ACCOUNT")));
        any = true;
      }
      if (has(settings, "SWITCHBOARD_BIRD_ACCESS_KEY")) {
        BirdClient.Builder c = BirdClient.builder().accessKey(settings.get("SWITCHBOARD_BIRD_ACCESS_KEY"));
        url(settings, "SWITCHBOARD_BIRD_URL", c);
        b.add(BirdDirectory.of(c.build(), required(settings, "SWITCHBOARD_BIRD_WORKSPACE")));
        any = true;
      }
      if (has(settings, "SWITCHBOARD_CHATCAPTAIN_KEY")) {
        ChatCaptainClient.Builder c = ChatCaptainClient.builder().apiKey(settings.get("SWITCHBOARD_CHATCAPTAIN_KEY"));
        url(settings, "SWITCHBOARD_CHATCAPTAIN_URL", c);
        b.add(ChatCaptainDirectory.of(c.build(), required(settings, "SWITCHBOARD_CHATCAPTAIN_CHATBOT")));
        any = true;
      }
      if (has(settings, "SWITCHBOARD_LIVECHAT_TOKEN")) {
        LiveChatClient.Builder c = LiveChatClient.builder().accessToken(settings.get("SWITCHBOARD_LIVECHAT_TOKEN"));
        if (has(settings, "SWITCHBOARD_LIVECHAT_API_VERSION")) {
          String v = settings.get("SWITCHBOARD_LIVECHAT_API_VERSION").trim();
          c.apiVersion(java.util.Arrays.stream(LiveChatApiVersion.values()).filter(x -> x.number().equals(v)).findFirst()
              .orElseThrow(() -> new Misconfigured("SWITCHBOARD_LIVECHAT_API_VERSION: must be 3.4 or 3.1, was " + v)));
        }
        if (has(settings, "SWITCHBOARD_LIVECHAT_REGION")) {
          try {
            c.region(settings.get("SWITCHBOARD_LIVECHAT_REGION").trim());
          } catch (IllegalArgumentException e) {
            throw new Misconfigured("SWITCHBOARD_LIVECHAT_REGION: " + e.getMessage());
          }
        }
        url(settings, "SWITCHBOARD_LIVECHAT_URL", c);
        try {
          b.add(LiveChatDirectory.of(c.build()));
        } catch (IllegalStateException e) {
          // e.g. a token without its region prefix: the message names the setting, never the token
          throw new Misconfigured("SWITCHBOARD_LIVECHAT_TOKEN: " + e.getMessage());
        }
        any = true;
      }
      if (has(settings, "SWITCHBOARD_BCRUMBS_API_KEY")) {
        BcrumbsClient.Builder c = BcrumbsClient.builder().apiKey(settings.get("SWITCHBOARD_BCRUMBS_API_KEY"));
        url(settings, "SWITCHBOARD_BCRUMBS_URL", c);
        b.add(BcrumbsDirectory.of(c.build(), (int) number(settings, "SWITCHBOARD_BCRUMBS_WORKSPACE")));
        any = true;
      }
    }
    if (any) {
      return new Connection(b.build(), null);
    }
    Sandbox sandbox = Sandbox.start(0);
    sandbox.seedDemoData();
    err.println((forceSandbox ? "Using" : "No credentials configured: using")
        + " the embedded sandbox with demo data on 127.0.0.1:" + sandbox.port() + ".");
    err.flush();
    return new Connection(sandbox.switchboard(), sandbox);
  }

  private static boolean has(Map<String, String> s, String key) {
    return s.get(key) != null && !s.get(key).isBlank();
  }

  private static String required(Map<String, String> s, String key) throws Misconfigured {
    if (!has(s, key)) {
      throw new Misconfigured(key + " must be set too");
    }
    return s.get(key);
  }

  private static long number(Map<String, String> s, String key) throws Misconfigured {
    try {
      return Long.parseLong(required(s, key).trim());
    } catch (NumberFormatException e) {
      throw new Misconfigured(key + " must be a number");
    }
  }

  private static void url(Map<String, String> s, String key, dev.switchboard.runtime.http.ClientBuilder<?> c)
      throws Misconfigured {
    if (has(s, key)) {
      try {
        c.baseUrl(s.get(key));
      } catch (IllegalArgumentException e) {
        throw new Misconfigured(key + ": " + e.getMessage());
      }
    }
  }

  boolean isSandbox() {
    return sandbox != null;
  }

  @Override
  public void close() {
    if (sandbox != null) {
      sandbox.close();
    }
  }
}
