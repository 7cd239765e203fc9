package dev.switchboard.spring.boot;

import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.Switchboard;
import dev.switchboard.facade.spi.Settings;
import dev.switchboard.sync.SyncEngine;
import dev.switchboard.sync.SyncLock;
import net.javacrumbs.shedlock.core.LockProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Roster sync in a Spring Boot application, when {@code switchboard-sync} is on the class path: a
 * {@link SyncEngine} bean over the {@link Switchboard} bean, with one sync at a time per platform
 * account. The lock is the application's {@link SyncLock} bean if it has one; else, when the
 * application has a ShedLock {@code LockProvider} (the lock Spring applications already use to
 * run a scheduled job on one replica), a {@link ShedLockSyncLock} over it, so replicas and hosts
 * take turns; else {@link SyncLock#inProcess()}, which covers this JVM only.
 */
@AutoConfiguration(after = SwitchboardAutoConfiguration.class)
@ConditionalOnClass(SyncEngine.class)
@ConditionalOnBean(Switchboard.class)
public class SwitchboardSyncAutoConfiguration {

  /** For Spring. */
  public SwitchboardSyncAutoConfiguration() {}

  /**
   * @param switchboard the platforms
   * @param properties the {@code switchboard.*} properties, which name each platform's account for the lock
   * @param lock the application's sync lock, or the ShedLock one, if either is there
   * @return the engine
   */
  @Bean
  @ConditionalOnMissingBean
  public SyncEngine switchboardSyncEngine(Switchboard switchboard, SwitchboardProperties properties,
      ObjectProvider<SyncLock> lock) {
    Settings settings = Settings.of(properties.settings());
    SyncEngine.Builder b = SyncEngine.builder().switchboard(switchboard).lock(lock.getIfAvailable(SyncLock::inProcess));
    for (AgentDirectory d : switchboard.directories()) {
      b.account(d.platform(), SyncLock.account(settings, d.platform()));
    }
    return b.build();
  }

  /** The ShedLock lock, when the application has ShedLock and a {@code LockProvider} bean. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(LockProvider.class)
  static class ShedLockConfiguration {
    @Bean
    @ConditionalOnMissingBean(SyncLock.class)
    @ConditionalOnBean(LockProvider.class)
    SyncLock switchboardShedLockSyncLock(LockProvider provider) {
      return new ShedLockSyncLock(provider, ShedLockSyncLock.DEFAULT_LOCK_AT_MOST_FOR);
    }
  }
}
