package dev.switchboard.runtime.http;

/**
 * What {@link RequestOptions#onResponse} hears of one response: which call, which attempt, the
 * status and the platform's request id.
 *
 * @param provider the platform, e.g. {@code "bird"}
 * @param operation the operation, as in exceptions
 * @param attempt the attempt it answers, from 1
 * @param status the HTTP status
 * @param requestId the request id the platform sent (its own header first, then the generic
 *     ones such as {@code x-request-id}), or null when it sent none
 */
public record ResponseInfo(String provider, String operation, int attempt, int status, String requestId) {}
