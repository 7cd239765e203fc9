package example;

import dev.switchboard.facade.Agent;
import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.Switchboard;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/** An application bean that uses the Switchboard the starter made: agents per platform. */
@Service
public class RosterService {
  private final Switchboard switchboard;

  public RosterService(Switchboard switchboard) {
    this.switchboard = switchboard;
  }

  public Map<String, Long> agentsPerPlatform() {
    Map<String, Long> counts = new TreeMap<>();
    for (AgentDirectory d : switchboard.directories()) {
      counts.put(d.platform().id(), d.list().stream().map(Agent::name).count());
    }
    return counts;
  }
}
