package dev.switchboard.chatwoot.sandbox;

import dev.switchboard.testing.tck.PlatformContract;

/**
 * The facade's shared directory tests on Chatwoot: its provider ({@code switchboard-chatwoot}, test scope)
 * against this module's fake, the only platform and the only fake on this class path.
 */
class ChatwootPlatformTest extends PlatformContract {}
