package dev.switchboard.livechat.sandbox;

import dev.switchboard.testing.tck.PlatformContract;

/**
 * The facade's shared directory tests on LiveChat: its provider ({@code switchboard-livechat}, test scope)
 * against this module's fake, the only platform and the only fake on this class path.
 */
class LiveChatPlatformTest extends PlatformContract {}
