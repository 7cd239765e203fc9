package dev.switchboard.facade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.bird.BirdClient;
import dev.switchboard.bird.BirdDirectory;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SwitchboardTest {
  @Test
  void holdsOneDirectoryPerPlatformInTheOrderAdded() {
    List<AgentDirectory> all = CapabilityTableTest.allDirectories("http://127.0.0.1:9");
    Switchboard.Builder b = Switchboard.builder();
    for (int i = all.size() - 1; i >= 0; i--) {
      b.add(all.get(i));
    }
    Switchboard sb = b.build();

    // Platform is an id value, no longer an enum with an order of its own: the order is the caller's.
    List<Platform> reversed = all.stream().map(AgentDirectory::platform).collect(Collectors.toList());
    java.util.Collections.reverse(reversed);
    assertThat(sb.directories().stream().map(AgentDirectory::platform).collect(Collectors.toList()))
        .containsExactlyElementsOf(reversed).hasSize(7);
    assertThat(sb.directory(Platform.BIRD)).isInstanceOf(BirdDirectory.class);
    assertThat(sb.directory(Platform.BIRD).client()).isInstanceOf(BirdClient.class);
  }

  @Test
  void refusesDuplicatesAndNamesWhatIsMissing() {
    BirdDirectory bird = BirdDirectory.of(BirdClient.builder().accessKey("k").build(), "w");
    assertThatThrownBy(() -> Switchboard.builder().add(bird).add(bird)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bird");
    Switchboard sb = Switchboard.builder().add(bird).build();
    assertThatThrownBy(() -> sb.directory(Platform.LIVECHAT)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("livechat is not configured");
    assertThat(sb.find(Platform.LIVECHAT)).isEmpty();
  }

  @Test
  void agentsNeverPrintTheirRawObject() {
    Agent a = new Agent(Platform.BIRD, "a1", "Ann", null, null, null, new Object() {
      @Override
      public String toString() {
        return "RAW-SECRET";
      }
    });
    assertThat(a.toString()).doesNotContain("RAW-SECRET").contains("bird:a1");
    assertThat(a.availability()).isEqualTo(Availability.UNKNOWN);
    assertThat(a.raw(String.class)).isEmpty();
  }
}
