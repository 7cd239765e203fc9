/**
 * Not API: types the SDK's own modules share (generated clients, platform modules) and users must
 * not rely on. Everything under {@code dev.switchboard.*.internal} may change in any release; it is
 * left out of the committed API listings, and the build fails when a public signature elsewhere
 * names one of its types (build-tools/api-listing).
 */
package dev.switchboard.runtime.internal;
