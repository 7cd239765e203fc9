/** The facade's shared directory tests, run on any installed platform against its sandbox fake: {@link dev.switchboard.testing.tck.PlatformContract}. */
package dev.switchboard.testing.tck;
