package dev.switchboard.bcrumbs;

import dev.switchboard.bcrumbs.graphql.CreateAgentWithApiKeyMutation;

/**
 * The result of {@link BcrumbsClient#createAgentWithApiKey}: the new agent and its API key, whose
 * secret can be taken once.
 *
 * @param agent the created agent, or null if bcrumbs answered none (seed 004 leaves it nullable)
 * @param apiKey the issued key, or null if bcrumbs answered none (seed 004 leaves it nullable)
 */
public record AgentWithApiKey(CreateAgentWithApiKeyMutation.Agent agent, IssuedApiKey apiKey) {}
