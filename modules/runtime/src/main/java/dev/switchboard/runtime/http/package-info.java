/**
 * The HTTP layer every generated client goes through: {@link dev.switchboard.runtime.http.ClientFactory}
 * and the pieces it wires (retries, path encoding, error decoding, redacting logs).
 */
package dev.switchboard.runtime.http;
