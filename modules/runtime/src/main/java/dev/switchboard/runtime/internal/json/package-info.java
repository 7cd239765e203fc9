/** The shared JSON configuration. */
package dev.switchboard.runtime.internal.json;
