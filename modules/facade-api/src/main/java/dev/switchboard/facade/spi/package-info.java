/**
 * How a platform plugs itself in: a {@link dev.switchboard.facade.spi.PlatformProvider} registered
 * for {@link java.util.ServiceLoader}, the configuration it binds ({@link dev.switchboard.facade.spi.Settings}),
 * and what its directory can build on ({@link dev.switchboard.facade.spi.BaseDirectory},
 * {@link dev.switchboard.facade.spi.StatusMapping}, {@link dev.switchboard.facade.spi.ResponseChecks}).
 */
package dev.switchboard.facade.spi;
