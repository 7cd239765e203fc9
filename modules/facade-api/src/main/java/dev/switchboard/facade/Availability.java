package dev.switchboard.facade;

/**
 * Whether an agent takes conversations, on one scale for every platform.
 *
 * <table>
 *   <caption>Mapping</caption>
 *   <tr><th></th><th>ONLINE</th><th>AWAY</th><th>OFFLINE</th></tr>
 *   <tr><td>Chatwoot</td><td>online</td><td>busy</td><td>offline</td></tr>
 *   <tr><td>Bird</td><td>active</td><td>away</td><td>offline</td></tr>
 *   <tr><td>ChatCaptain</td><td>online = true</td><td>-</td><td>online = false</td></tr>
 *   <tr><td>LiveChat</td><td>accepting chats</td><td>not accepting chats</td><td>offline</td></tr>
 *   <tr><td>Twilio</td><td>an available activity</td><td>another unavailable activity</td><td>the offline activity</td></tr>
 * </table>
 */
public enum Availability {
  /** Takes new conversations. */
  ONLINE,
  /** Signed in but not taking new conversations. */
  AWAY,
  /** Not available. */
  OFFLINE,
  /** The platform reported a value Switchboard does not know, or none. */
  UNKNOWN
}
