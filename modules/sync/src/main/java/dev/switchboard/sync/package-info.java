/**
 * Roster sync as a library: make the agents on several platforms match one {@link dev.switchboard.sync.Roster}.
 *
 * <p>{@link dev.switchboard.sync.SyncEngine#plan(Roster)} reads each platform and returns an
 * immutable, JSON-serialisable {@link dev.switchboard.sync.Plan}; {@link
 * dev.switchboard.sync.SyncEngine#apply(Plan, ApplyOptions)} re-reads each platform, refuses a stale
 * plan, and runs the actions concurrently under a per-platform limit. Nothing here names a
 * platform: what differs between platforms is read from their
 * {@link dev.switchboard.facade.PlatformDescription}.
 */
package dev.switchboard.sync;
