package dev.switchboard.intercom.sandbox;

import dev.switchboard.testing.tck.PlatformContract;

/**
 * The facade's shared directory tests on Intercom: its provider ({@code switchboard-intercom}, test scope)
 * against this module's fake, the only platform and the only fake on this class path.
 */
class IntercomPlatformTest extends PlatformContract {}
