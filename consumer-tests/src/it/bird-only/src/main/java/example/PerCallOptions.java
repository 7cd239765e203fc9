package example;

import dev.switchboard.bird.BirdClient;
import dev.switchboard.bird.BirdDirectory;
import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.AgentQuery;
import dev.switchboard.runtime.http.RequestOptions;
import java.time.Duration;

public class PerCallOptions {
  public static void main(String[] args) {
    BirdClient bird = BirdClient.builder().accessKey(System.getenv("SWITCHBOARD_BIRD_ACCESS_KEY")).build();
    String workspace = System.getenv("SWITCHBOARD_BIRD_WORKSPACE");

    // For this call only: a 5 s deadline (retries included), a header, and a hook told of each response.
    RequestOptions options = RequestOptions.builder()
        .timeout(Duration.ofSeconds(5))
        .header("X-Correlation-Id", "order-1234")
        .onResponse(r -> System.out.printf("%s %s -> %d (request id %s)%n",
            r.provider(), r.operation(), r.status(), r.requestId()))
        .build();

    // The facade and the generated client take the same options as their last argument.
    AgentDirectory agents = BirdDirectory.of(bird, workspace);
    agents.list(AgentQuery.ALL, options).forEach(a -> System.out.println(a.name()));
    bird.agents().getAgent(workspace, agents.list().iterator().next().id(), options);
  }
}
