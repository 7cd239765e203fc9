package example;

import dev.switchboard.bird.BirdClient;
import dev.switchboard.bird.api.AgentsApi.ListAgentsQueryParams;
import dev.switchboard.runtime.http.HttpPipelinePolicy;

public class PipelineSteps {
  public static void main(String[] args) {
    // A step that adds a header to every call.
    HttpPipelinePolicy tenant = (call, next) -> {
      call.request().setHeader("X-Tenant", "acme");
      return next.process(call);
    };

    // A step that measures calls: it runs once per call, around all its retries, and sees the
    // final status (or the transport failure) before it becomes an exception.
    HttpPipelinePolicy timing = (call, next) -> {
      long start = System.nanoTime();
      return next.process(call).whenComplete((response, failure) -> System.out.printf("%s %s: %s in %d ms%n",
          call.provider(), call.operation(),
          response != null ? "HTTP " + response.status() : failure.getClass().getSimpleName(),
          (System.nanoTime() - start) / 1_000_000));
    };

    BirdClient bird = BirdClient.builder()
        .accessKey(System.getenv("SWITCHBOARD_BIRD_ACCESS_KEY"))
        .addPolicy(tenant)
        .addPolicy(timing)
        .build();
    bird.agents().listAgents(System.getenv("SWITCHBOARD_BIRD_WORKSPACE"), new ListAgentsQueryParams().limit(10));
  }
}
