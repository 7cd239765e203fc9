/**
 * The HTTP layer every generated client goes through: {@link dev.switchboard.runtime.http.ClientConfig#client}
 * binds the generated interfaces' implementations to one ordered request pipeline of
 * {@link dev.switchboard.runtime.http.HttpPipelinePolicy} steps (required fields, error mapping,
 * user agent, the user's steps, retry, attempt timeout, auth, redacting wire log) that ends in an
 * {@link dev.switchboard.runtime.http.HttpTransport}.
 */
package dev.switchboard.runtime.http;
