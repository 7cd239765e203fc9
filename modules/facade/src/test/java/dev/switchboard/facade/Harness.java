package dev.switchboard.facade;

import dev.switchboard.bcrumbs.BcrumbsClient;
import dev.switchboard.bcrumbs.graphql.type.AgentCreateInput;
import dev.switchboard.bird.BirdClient;
import dev.switchboard.bird.model.AgentType;
import dev.switchboard.chatcaptain.ChatCaptainClient;
import dev.switchboard.chatcaptain.model.SetOnlineStatusRequest;
import dev.switchboard.chatwoot.ChatwootClient;
import dev.switchboard.chatwoot.model.AgentRole;
import dev.switchboard.intercom.IntercomClient;
import dev.switchboard.intercom.IntercomDirectory;
import dev.switchboard.intercom.model.SetAwayAdminRequest;
import dev.switchboard.bcrumbs.BcrumbsDirectory;
import dev.switchboard.bird.BirdDirectory;
import dev.switchboard.chatcaptain.ChatCaptainDirectory;
import dev.switchboard.chatwoot.ChatwootDirectory;
import dev.switchboard.livechat.LiveChatDirectory;
import dev.switchboard.livechat.LiveChatApiVersion;
import dev.switchboard.livechat.LiveChatClient;
import dev.switchboard.livechat.model.BotAgentStatus;
import dev.switchboard.livechat.model.CreateBotAgentRequest;
import dev.switchboard.livechat.v34.model.CreateBotRequest;
import dev.switchboard.runtime.http.ClientBuilder;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.runtime.http.WireLog;
import dev.switchboard.twilio.TwilioActivities;
import dev.switchboard.twilio.TwilioClient;
import dev.switchboard.twilio.TwilioDirectory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;

/**
 * Every platform's directory built against one loopback base URL, and every facade operation of it
 * (plus one generated-client write) as a callable, sync and async: what the fault matrix, the
 * response fuzzing and the secrets canary run. LiveChat is run at both API versions it speaks; Twilio
 * brings form bodies and a Basic credential whose two halves are secret; Intercom brings a platform
 * that can neither create, change nor remove (those operations must end before any request) and an
 * availability that is a read followed by an idempotent PUT.
 */
final class Harness {
  private Harness() {}

  /**
   * What the fault tests run: each platform, and LiveChat once per API version, since v3.1 and
   * v3.4 (the default) call different endpoints and read different bodies.
   */
  enum Variant {
    CHATWOOT(Platform.CHATWOOT),
    BIRD(Platform.BIRD),
    CHATCAPTAIN(Platform.CHATCAPTAIN),
    /** The seed's API version. */
    LIVECHAT_V3_1(Platform.LIVECHAT),
    /** The default API version. */
    LIVECHAT_V3_4(Platform.LIVECHAT),
    BCRUMBS(Platform.BCRUMBS),
    /** Form bodies and Basic auth whose two halves are both secret. */
    TWILIO(Platform.of("twilio")),
    /** Reads and an away-mode PUT only; versioned by a header. */
    INTERCOM(Platform.of("intercom"));

    private final Platform platform;

    Variant(Platform platform) {
      this.platform = platform;
    }

    /** @return the platform, whose id errors carry as their provider */
    Platform platform() {
      return platform;
    }

    /** @return a label for routes and reports, e.g. {@code livechat-v3.4} */
    String id() {
      switch (this) {
        case LIVECHAT_V3_1:
          return "livechat-v3.1";
        case LIVECHAT_V3_4:
          return "livechat-v3.4";
        default:
          return platform.id();
      }
    }
  }

  /** Client settings shared by every directory a test builds. */
  record Settings(RetryPolicy policy, Duration connect, Duration read, Duration attempt, Duration call,
                  OkHttpClient http, WireLog wireLog) {}

  /** A secret per platform that is easy to grep for. */
  static String secret(Variant p) {
    return "CANARY-" + p.id() + "-7f3a9c21e5";
  }

  /** Twilio's account SID, the other secret half of its Basic credential (AC and 32 hex digits). */
  static final String TWILIO_ACCOUNT = "AC7f3a9c21e57f3a9c21e57f3a9c21e57f";

  /**
   * Every secret a platform's credential carries: the secret, and for Twilio also the account SID
   * and the Basic credential's base64 form, none of which may show anywhere.
   */
  static List<String> secrets(Variant p) {
    if (p != Variant.TWILIO) {
      return List.of(secret(p));
    }
    String basic = java.util.Base64.getEncoder().encodeToString((TWILIO_ACCOUNT + ":" + secret(p))
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return List.of(secret(p), TWILIO_ACCOUNT, basic);
  }

  /** The activities the Twilio directory is given by SID, so that setting availability is one request. */
  static final TwilioActivities TWILIO_ACTIVITIES = TwilioActivities.builder()
      .online("WA00000000000000000000000000000001").away("WA00000000000000000000000000000002")
      .offline("WA00000000000000000000000000000003").build();

  /** Where each platform's API lives below a server's root. */
  static String base(Variant p, String root) {
    switch (p) {
      case LIVECHAT_V3_1:
        return root + "/v3.1/configuration/action";
      case LIVECHAT_V3_4:
        // v3.4's base is the version root: bots under configuration/action, routing statuses under agent/action.
        return root + "/v3.4";
      case BCRUMBS:
        return root + "/core/gq";
      default:
        return root;
    }
  }

  private static <B extends ClientBuilder<B>> B apply(B b, String baseUrl, Settings s) {
    b.baseUrl(baseUrl).retryPolicy(s.policy()).connectTimeout(s.connect()).readTimeout(s.read())
        .attemptTimeout(s.attempt()).callTimeout(s.call()).wireLog(s.wireLog());
    if (s.http() != null) {
      b.httpClient(s.http());
    }
    if (OBSERVED.get() != null) {
      b.observationRegistry(OBSERVED.get());
    }
    return b;
  }

  /** The registry the directories built on this thread report to (the secrets canary's), or none. */
  static final ThreadLocal<io.micrometer.observation.ObservationRegistry> OBSERVED = new ThreadLocal<>();

  static AgentDirectory directory(Variant p, String root, Settings s) {
    String url = base(p, root);
    switch (p) {
      case CHATWOOT:
        return ChatwootDirectory.of(apply(ChatwootClient.builder(), url, s).apiAccessToken(secret(p)).build(), 1);
      case BIRD:
        return BirdDirectory.of(apply(BirdClient.builder(), url, s).accessKey(secret(p)).build(), "w1");
      case CHATCAPTAIN:
        return ChatCaptainDirectory.of(apply(ChatCaptainClient.builder(), url, s).apiKey(secret(p)).build(), "bot1");
      case LIVECHAT_V3_1:
      case LIVECHAT_V3_4:
        // The canary token has no region prefix, so the region is given.
        LiveChatApiVersion version = p == Variant.LIVECHAT_V3_1 ? LiveChatApiVersion.V3_1 : LiveChatApiVersion.V3_4;
        return LiveChatDirectory.of(apply(LiveChatClient.builder().apiVersion(version), url, s)
            .accessToken(secret(p)).region("dal").build());
      case INTERCOM:
        return IntercomDirectory.of(apply(IntercomClient.builder(), url, s).accessToken(secret(p)).build());
      case TWILIO:
        return TwilioDirectory.of(apply(TwilioClient.builder(), url, s).accountSid(TWILIO_ACCOUNT).authToken(secret(p))
            .build(), "WS7f3a9c21e57f3a9c21e57f3a9c21e57f", TWILIO_ACTIVITIES);
      default:
        return BcrumbsDirectory.of(apply(BcrumbsClient.builder(), url, s).apiKey(secret(p)).build(), 12);
    }
  }

  /** One operation: its name, whether it writes, and how to run it each way. */
  record Op(String name, boolean write, Function<AgentDirectory, Object> sync,
            Function<AgentDirectory, CompletableFuture<?>> async) {
    Object run(AgentDirectory d, Mode mode) throws Exception {
      if (mode == Mode.SYNC) {
        return sync.apply(d);
      }
      return async.apply(d);
    }
  }

  static final String USER_ID = "5f0c6d3e-8a1b-4c2d-9e3f-0a1b2c3d4e5f";

  private static String id(Variant p) {
    // Chatwoot's and Intercom's ids are whole numbers: "a7" would be refused before any request.
    return p == Variant.CHATWOOT || p == Variant.INTERCOM ? "7" : "a7";
  }

  private static AgentUpdate update(Variant p) {
    return p == Variant.CHATWOOT ? AgentUpdate.builder().role("administrator").build()
        : AgentUpdate.builder().name("Ann B").build();
  }

  private static NewAgent newAgent() {
    return NewAgent.named("Ann").email("ann@example.com").userId(USER_ID).build();
  }

  /**
   * The seven facade operations and one generated-client write of a platform. A write here is one
   * that must reach the server once and never twice; Intercom's away mode is a PUT, which repeats
   * safely, so its availability writes are not counted as such.
   */
  static List<Op> ops(Variant p) {
    String id = id(p);
    String me = p == Variant.CHATCAPTAIN ? ChatCaptainDirectory.ME : id;
    boolean setIsWrite = p != Variant.INTERCOM;
    List<Op> ops = new ArrayList<>();
    ops.add(new Op("list", false, d -> d.list(AgentQuery.ALL).stream().collect(Collectors.toList()),
        d -> d.listAsync(AgentQuery.ALL)));
    ops.add(new Op("get", false, d -> d.get(id), d -> d.getAsync(id)));
    ops.add(new Op("create", true, d -> d.create(newAgent()), d -> d.createAsync(newAgent())));
    ops.add(new Op("update", true, d -> d.update(id, update(p)), d -> d.updateAsync(id, update(p))));
    ops.add(new Op("delete", true, d -> {
      d.delete(id);
      return null;
    }, d -> d.deleteAsync(id)));
    ops.add(new Op("availability", false, d -> d.availability(id), d -> d.availabilityAsync(id)));
    ops.add(new Op("setAvailability", setIsWrite, d -> {
      d.setAvailability(me, Availability.ONLINE);
      return null;
    }, d -> d.setAvailabilityAsync(me, Availability.ONLINE)));
    ops.add(generatedWrite(p));
    return ops;
  }

  private static Op generatedWrite(Variant p) {
    switch (p) {
      case CHATWOOT:
        return new Op("client.addAgent", true,
            d -> ((ChatwootClient) d.client()).agents().addAgent(1L, chatwootCreate()),
            d -> ((ChatwootClient) d.client()).agentsAsync().addAgent(1L, chatwootCreate()));
      case BIRD:
        return new Op("client.createAgent", true,
            d -> ((BirdClient) d.client()).agents().createAgent("w1", birdCreate()),
            d -> ((BirdClient) d.client()).agentsAsync().createAgent("w1", birdCreate()));
      case CHATCAPTAIN:
        return new Op("client.setMyOnlineStatus", true,
            d -> ((ChatCaptainClient) d.client()).inboxAgents().setMyOnlineStatus("bot1", online()),
            d -> ((ChatCaptainClient) d.client()).inboxAgentsAsync().setMyOnlineStatus("bot1", online()));
      case LIVECHAT_V3_1:
        return new Op("client.createBotAgent", true,
            d -> ((LiveChatClient) d.client()).botAgents().createBotAgent(bot()),
            d -> ((LiveChatClient) d.client()).botAgentsAsync().createBotAgent(bot()));
      case LIVECHAT_V3_4:
        return new Op("client.createBot", true,
            d -> ((LiveChatClient) d.client()).bots().createBot(botV34()),
            d -> ((LiveChatClient) d.client()).botsAsync().createBot(botV34()));
      case INTERCOM:
        return new Op("client.setAwayAdmin", false,
            d -> ((IntercomClient) d.client()).admins().setAwayAdmin(7, null, away()),
            d -> ((IntercomClient) d.client()).adminsAsync().setAwayAdmin(7, null, away()));
      case TWILIO:
        return new Op("client.createWorker", true,
            d -> ((TwilioClient) d.client()).workers().createWorker(TWILIO_WS, "Ann", null, "{\"email\":\"ann@example.com\"}"),
            d -> ((TwilioClient) d.client()).workersAsync().createWorker(TWILIO_WS, "Ann", null, "{\"email\":\"ann@example.com\"}"));
      default:
        return new Op("client.createAgent", true,
            d -> ((BcrumbsClient) d.client()).createAgent(bcrumbsCreate()),
            d -> ((BcrumbsClient) d.client()).createAgentAsync(bcrumbsCreate()));
    }
  }

  private static final String TWILIO_WS = "WS7f3a9c21e57f3a9c21e57f3a9c21e57f";

  private static dev.switchboard.chatwoot.model.AgentCreate chatwootCreate() {
    return new dev.switchboard.chatwoot.model.AgentCreate().name("Ann").email("ann@example.com")
        .role(AgentRole.AGENT);
  }

  private static dev.switchboard.bird.model.AgentCreate birdCreate() {
    return new dev.switchboard.bird.model.AgentCreate().name("Ann").type(AgentType.USER);
  }

  private static SetAwayAdminRequest away() {
    return new SetAwayAdminRequest().awayModeEnabled(true).awayModeReassign(false);
  }

  private static SetOnlineStatusRequest online() {
    return new SetOnlineStatusRequest().online(true).clientTimestamp("1700000000000");
  }

  private static CreateBotAgentRequest bot() {
    return new CreateBotAgentRequest().name("Nova").status(BotAgentStatus.OFFLINE);
  }

  private static CreateBotRequest botV34() {
    return new CreateBotRequest().name("Nova");
  }

  private static AgentCreateInput bcrumbsCreate() {
    return AgentCreateInput.builder().workspaceId(12).userId("u1").name("Ann").email("ann@example.com").build();
  }
}
