package dev.switchboard.testing.tck;

/** The shared directory tests on the five platforms Switchboard ships (all installed here through switchboard-facade). */
class ShippedPlatformsContractTest extends PlatformContract {}
