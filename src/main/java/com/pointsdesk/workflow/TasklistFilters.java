package com.pointsdesk.workflow;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import com.pointsdesk.security.Grants;
import com.pointsdesk.security.Groups;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The shared Tasklist filters, each visible to the groups that need it. Created once by name;
 * an operator's later edits in Tasklist are kept.
 */
final class TasklistFilters {

  private static final List<Map<String, String>> CASE_COLUMNS = List.of(
      Map.of("name", "caseNumber", "label", "案件 Case"),
      Map.of("name", "category", "label", "类别 Category"),
      Map.of("name", "priority", "label", "优先级 Priority"),
      Map.of("name", "memberId", "label", "会员 Member"));

  private final FilterService filters;
  private final TaskService tasks;

  TasklistFilters(ProcessEngine engine) {
    this.filters = engine.getFilterService();
    this.tasks = engine.getTaskService();
  }

  void create(Grants grants) {
    String myGroup = filter("本组投诉 · My group's complaints", -10, "#2f7fd1",
        "Complaints waiting for your group, claimed or not",
        complaints().taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks());
    String mine = filter("我的投诉 · My complaints", -5, "#4caf50",
        "Complaints you have claimed",
        complaints().taskAssigneeExpression("${currentUser()}"));
    String approvals = filter("待审批 · Awaiting approval", 0, "#e09a1a",
        "Remedies above the limits, waiting for a second pair of eyes",
        complaints().taskDefinitionKey(ProcessIds.TASK_APPROVE_REMEDY));
    String allOpen = filter("全部未结投诉 · All open complaints", 10, "#8e44ad",
        "Every open complaint task, for supervisors", complaints());
    String collective = filter("集体补救 · Collective remedies", -8, "#00897b",
        "Collective cases waiting for a supervisor's decision: one remedy for all affected",
        tasks.createTaskQuery().processDefinitionKey(ProcessIds.COLLECTIVE_COMPLAINT));
    // the service levels: due dates are the case's SLA deadlines (ComplaintHandling's timers)
    String breached = filter("SLA breached · 已超时", -20, "#d9342b",
        "Tasks past their due date: the case missed (or is missing) a service level",
        complaints().dueBeforeExpression("${now()}"));
    String dueToday = filter("Due today · 今日到期", -15, "#f0a30a",
        "Tasks due before midnight in Shanghai (business time)",
        complaints().dueAfterExpression("${businessDay.startOfToday()}")
            .dueBeforeExpression("${businessDay.startOfTomorrow()}"));
    String external = filter("Public / external · 公开/外部", -12, "#6d4c41",
        "Public posts, regulator and platform referrals: a senior answer within 24 h",
        complaints().or().processVariableValueEquals(ProcessVariables.EXTERNAL_ESCALATION, true)
            .processDefinitionKey(ProcessIds.EXTERNAL_ESCALATION).endOr());

    for (String group : List.of(Groups.SUPPORT_AGENTS, Groups.SENIOR_AGENTS, Groups.SUPERVISORS)) {
      for (String shared : List.of(myGroup, mine, breached, dueToday, external)) {
        grants.grant(group, Resources.FILTER, shared, Permissions.READ);
      }
    }
    grants.grant(Groups.SENIOR_AGENTS, Resources.FILTER, approvals, Permissions.READ);
    grants.grant(Groups.SUPERVISORS, Resources.FILTER, approvals, Permissions.READ);
    grants.grant(Groups.SUPERVISORS, Resources.FILTER, allOpen, Permissions.READ);
    grants.grant(Groups.SUPERVISORS, Resources.FILTER, collective, Permissions.READ);
    grants.grant(Groups.CAMUNDA_ADMIN, Resources.FILTER, ANY, Permissions.ALL);
  }

  /** Tasks of a case: its handling and its external escalation. */
  private TaskQuery complaints() {
    return tasks.createTaskQuery().processDefinitionKeyIn(ProcessIds.COMPLAINT_HANDLING,
        ProcessIds.EXTERNAL_ESCALATION);
  }

  private String filter(String name, int priority, String color, String description,
      TaskQuery query) {
    Filter existing = filters.createFilterQuery().filterName(name).singleResult();
    if (existing != null) {
      return existing.getId();
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("color", color);
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put("variables", CASE_COLUMNS);
    Filter filter = filters.newTaskFilter(name).setProperties(properties).setQuery(query);
    filters.saveFilter(filter);
    return filter.getId();
  }
}
