/**
 * One {@link dev.switchboard.facade.AgentDirectory} per platform, each adapting that platform's
 * generated client. Mapping only: no HTTP here.
 */
package dev.switchboard.facade.platform;
