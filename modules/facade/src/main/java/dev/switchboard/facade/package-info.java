/**
 * One agent API over every platform Switchboard speaks to.
 *
 * <p>{@link dev.switchboard.facade.AgentDirectory} is implemented once per platform (package
 * {@code platform}) by adapting that platform's generated client; {@link dev.switchboard.facade.Switchboard}
 * holds several. The facade adapts models only: HTTP, retries, timeouts, auth and error mapping live
 * in the runtime, and every error is a {@link dev.switchboard.runtime.error.SwitchboardException}.
 */
package dev.switchboard.facade;
