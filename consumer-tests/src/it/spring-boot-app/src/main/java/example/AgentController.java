package example;

import dev.switchboard.facade.Agent;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.Switchboard;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What a service does first with Switchboard in Spring MVC: returns a platform's agents as JSON. */
@RestController
public class AgentController {
  private final Switchboard switchboard;

  public AgentController(Switchboard switchboard) {
    this.switchboard = switchboard;
  }

  @GetMapping("/agents/{platform}")
  public List<Agent> agents(@PathVariable String platform) {
    return switchboard.directory(Platform.of(platform)).list().stream().toList();
  }
}
