package dev.switchboard.bench.raw;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The raw baseline's Bird model: plain records with every field of the spec's {@code Agent}, in the
 * same Java types the generated models use (date-times as {@link OffsetDateTime}, UUIDs as
 * {@link UUID}, enums with an unknown-value fallback), so decoding does the same work.
 */
public final class RawBirdModel {
  private RawBirdModel() {}

  /** AgentStatus. */
  public enum Status {
    @JsonProperty("active") ACTIVE,
    @JsonProperty("away") AWAY,
    @JsonProperty("offline") OFFLINE,
    @JsonEnumDefaultValue UNKNOWN
  }

  /** AgentType. */
  public enum Type {
    @JsonProperty("user") USER,
    @JsonEnumDefaultValue UNKNOWN
  }

  /** AgentActivity. */
  public enum Activity {
    @JsonProperty("available") AVAILABLE,
    @JsonEnumDefaultValue UNKNOWN
  }

  /** AgentRole.type. */
  public enum RoleType {
    @JsonProperty("organization") ORGANIZATION,
    @JsonProperty("workspace") WORKSPACE,
    @JsonEnumDefaultValue UNKNOWN
  }

  /** AssignedSkill.valueType. */
  public enum ValueType {
    @JsonProperty("single") SINGLE,
    @JsonProperty("multiple") MULTIPLE,
    @JsonEnumDefaultValue UNKNOWN
  }

  /** AgentList. */
  public record AgentList(List<Agent> results, String nextPageToken, Integer total) {}

  /** Agent: every property of the spec's schema. */
  public record Agent(
      String id,
      Status status,
      Status statusBeforeOffline,
      String name,
      Boolean overrideName,
      String workspaceId,
      Type type,
      List<String> userEmails,
      String bio,
      String avatarUrl,
      List<Map<String, Object>> dropVms,
      Integer tagCount,
      Integer wrapUpTime,
      OffsetDateTime lastAssignedAt,
      OffsetDateTime lastSetToAwayAt,
      List<Team> teams,
      Workload workload,
      OffsetDateTime createdAt,
      OffsetDateTime updatedAt,
      Availability availability,
      String timezone,
      String defaultCountryCode,
      String defaultCallerId,
      ForwardNumber forwardNumber,
      String transcriptionLocale,
      List<Role> roles,
      User user,
      WeeklySchedule weeklySchedule,
      List<Holiday> holidays,
      List<AssignedSkill> assignedSkills,
      UUID defaultSenderId,
      String outOfOfficeResponse) {}

  /** Team. */
  public record Team(String id, String name, OffsetDateTime memberSince, Integer activeMemberCount,
      Integer pendingMemberCount) {}

  /** WorkloadCounts. */
  public record WorkloadCounts(Integer messaging, Integer email) {}

  /** WorkloadRule. */
  public record WorkloadRule(String id, String workspaceId, String name, String description,
      @JsonProperty("default") Boolean isDefault, WorkloadCounts capacity, List<UUID> assignedAgentIds,
      String createdAt, String updatedAt) {}

  /** Workload. */
  public record Workload(String id, WorkloadCounts workload, WorkloadRule rule, String ruleId,
      OffsetDateTime updatedAt) {}

  /** Availability. */
  public record Availability(Status status, Activity activity, Integer activityTtl, String activityText,
      String lastStatusSet, String lastActivitySet, OffsetDateTime updatedAt) {}

  /** ForwardNumber. */
  public record ForwardNumber(Boolean enabled, String number, Boolean maskCaller) {}

  /** AgentRole. */
  public record Role(UUID id, RoleType type, List<UUID> workspaces) {}

  /** AgentUser. */
  public record User(UUID id, String name, String avatarUrl, String defaultEmail, String phoneNumber) {}

  /** TimeOfDay. */
  public record TimeOfDay(Integer hour, Integer minute) {}

  /** DaySchedule. */
  public record DaySchedule(TimeOfDay from, TimeOfDay to) {}

  /** WeeklySchedule. */
  public record WeeklySchedule(DaySchedule monday, DaySchedule tuesday, DaySchedule wednesday,
      DaySchedule thursday, DaySchedule friday, DaySchedule saturday, DaySchedule sunday) {}

  /** Holiday. */
  public record Holiday(String name, Integer day, Integer month) {}

  /** SkillValue. */
  public record SkillValue(UUID id, String value, String icon) {}

  /** AssignedSkill. */
  public record AssignedSkill(UUID id, String name, ValueType valueType, List<SkillValue> selectedValues) {}
}
