/** The shared JSON configuration. */
package dev.switchboard.runtime.json;
