/**
 * GraphQL over the same HTTP stack as the REST clients: Apollo-generated operations are composed
 * and parsed with Apollo's API ({@code apollo-api-jvm}, no Apollo runtime), and sent through
 * {@link dev.switchboard.runtime.http.ClientConfig#client}, so retries, timeouts, auth, typed errors and
 * redaction are the same. Needs {@code com.apollographql.apollo3:apollo-api-jvm} on the classpath.
 */
package dev.switchboard.runtime.internal.graphql;
