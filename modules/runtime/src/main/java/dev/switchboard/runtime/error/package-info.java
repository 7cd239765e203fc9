/**
 * One exception hierarchy for every platform.
 *
 * <pre>
 * SwitchboardException              provider, operation
 * ├── InvalidInputException         rejected before sending; names the field
 * ├── TransportException            no HTTP answer: connection failure, timeout
 * ├── UnexpectedResponseException   a 2xx whose body does not match the spec
 * └── ApiException                  the server answered with an error: status, request id, body
 *     ├── AuthenticationException   401 (GraphQL UNAUTHENTICATED)
 *     ├── PermissionException       403 (FORBIDDEN)
 *     ├── NotFoundException         404 (NOT_FOUND)
 *     ├── ConflictException         409
 *     ├── ValidationException       400, 422 (BAD_USER_INPUT)
 *     ├── RateLimitedException      429, with Retry-After
 *     └── ServerException           5xx
 * </pre>
 *
 * Error bodies are stored with every known secret removed.
 */
package dev.switchboard.runtime.error;
