package dev.switchboard.bird.sandbox;

import dev.switchboard.testing.tck.PlatformContract;

/**
 * The facade's shared directory tests on Bird: its provider ({@code switchboard-bird}, test scope)
 * against this module's fake, the only platform and the only fake on this class path.
 */
class BirdPlatformTest extends PlatformContract {}
