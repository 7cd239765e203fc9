/** How a platform's fake plugs itself into the sandbox: {@link dev.switchboard.sandbox.spi.FakeProvider}, found by {@link java.util.ServiceLoader}. */
package dev.switchboard.sandbox.spi;
