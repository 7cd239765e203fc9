package example;

import dev.switchboard.bird.BirdClient;
import dev.switchboard.bird.api.AgentsApi.ListAgentsQueryParams;
import dev.switchboard.bird.model.Agent;
import dev.switchboard.bird.model.AgentCreate;
import dev.switchboard.bird.model.AgentType;
import dev.switchboard.runtime.error.NotFoundException;

public class BirdOnly {
  public static void main(String[] args) {
    BirdClient bird = BirdClient.builder()
        .accessKey(System.getenv("SWITCHBOARD_BIRD_ACCESS_KEY"))
        .build();
    String workspace = System.getenv("SWITCHBOARD_BIRD_WORKSPACE");

    Agent created = bird.agents().createAgent(workspace, new AgentCreate().name("Bea Bird").type(AgentType.USER));
    for (Agent agent : bird.agents().listAgents(workspace, new ListAgentsQueryParams().limit(50)).getResults()) {
      System.out.println(agent.getId() + " " + agent.getName());
    }
    bird.agents().deleteAgent(workspace, created.getId());
    try {
      bird.agents().getAgent(workspace, created.getId());
    } catch (NotFoundException e) {
      System.out.println("deleted " + created.getId() + " (" + e.status() + ")");   // a typed error
    }
  }
}
