package dev.switchboard.chatcaptain.sandbox;

import dev.switchboard.testing.tck.PlatformContract;

/**
 * The facade's shared directory tests on ChatCaptain: its provider ({@code switchboard-chatcaptain}, test scope)
 * against this module's fake, the only platform and the only fake on this class path.
 */
class ChatCaptainPlatformTest extends PlatformContract {}
