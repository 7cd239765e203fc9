/** Credentials and the {@link dev.switchboard.runtime.auth.Secret} type that keeps them out of logs. */
package dev.switchboard.runtime.auth;
