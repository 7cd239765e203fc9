/**
 * One agent API over every platform Switchboard speaks to.
 *
 * <p>{@link dev.switchboard.facade.AgentDirectory} is implemented once per platform, in that
 * platform's module, by adapting its generated client, and registered through
 * {@link dev.switchboard.facade.spi.PlatformProvider}; {@link dev.switchboard.facade.Switchboard}
 * holds several. No platform's code is needed here: {@link dev.switchboard.facade.Platform} is an
 * id. The facade adapts models only: HTTP, retries, timeouts, auth and error mapping live in the
 * runtime, and every error is a {@link dev.switchboard.runtime.error.SwitchboardException}.
 */
package dev.switchboard.facade;
