package dev.switchboard.bcrumbs.sandbox;

import dev.switchboard.testing.tck.PlatformContract;

/**
 * The facade's shared directory tests on bcrumbs: its provider ({@code switchboard-bcrumbs}, test scope)
 * against this module's fake, the only platform and the only fake on this class path.
 */
class BcrumbsPlatformTest extends PlatformContract {}
