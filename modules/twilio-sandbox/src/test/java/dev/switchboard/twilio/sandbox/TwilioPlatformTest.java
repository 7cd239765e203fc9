package dev.switchboard.twilio.sandbox;

import dev.switchboard.testing.tck.PlatformContract;

/**
 * The facade's shared directory tests on Twilio: its provider ({@code switchboard-twilio}, test scope)
 * against this module's fake, the only platform and the only fake on this class path.
 */
class TwilioPlatformTest extends PlatformContract {}
