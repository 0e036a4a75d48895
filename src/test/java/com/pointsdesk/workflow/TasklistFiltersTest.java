package com.pointsdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.pointsdesk.support.ComplaintBodies;
import com.pointsdesk.support.ScenarioTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shared Tasklist filters of the service levels, as the engine evaluates their stored
 * queries: overdue tasks, tasks due today in Shanghai, and public or external cases.
 */
class TasklistFiltersTest extends ScenarioTest {

  @Autowired private FilterService filters;
  @Autowired private AuthorizationService authorizations;
  @Autowired private BusinessDay businessDay;

  @Test
  void overdueTasksTasksDueTodayAndPublicCasesEachHaveTheirFilter() {
    // Given a review past its due date, one due before midnight in Shanghai, and a public case
    Task overdue = dueAt(awaitTask(caseUnderReview(150), "Task_ReviewComplaint"),
        Date.from(OffsetDateTime.now().minusHours(1).toInstant()));
    Task dueToday = dueAt(awaitTask(caseUnderReview(160), "Task_ReviewComplaint"),
        new Date(businessDay.startOfTomorrow().getTime() - 60_000));
    String member = members.newMember();
    String order = members.unshippedOrder(member, members.newGiftInStock(12000, 25), 12000,
        OffsetDateTime.parse("2026-10-20T10:00:00+08:00"), LocalDate.parse("2026-10-27"));
    Map<String, Object> post = ComplaintBodies.deliveryDelayed(member, order);
    post.put("channel", "WEIBO");
    post.put("publicPost", true);
    Task publicCase = awaitTask(fileComplaint(post), "Task_ReviewComplaint");

    // Then each filter lists what its name says
    assertThat(taskIds("SLA breached · 已超时")).contains(overdue.getId())
        .doesNotContain(dueToday.getId(), publicCase.getId());
    assertThat(taskIds("Due today · 今日到期")).contains(dueToday.getId())
        .doesNotContain(publicCase.getId());
    assertThat(taskIds("Public / external · 公开/外部")).contains(publicCase.getId())
        .doesNotContain(overdue.getId(), dueToday.getId());
    // and agents, senior agents and supervisors may all use them
    for (String group : List.of("support-agents", "senior-agents", "supervisors")) {
      assertThat(authorizations.isUserAuthorized(null, List.of(group), Permissions.READ,
          Resources.FILTER, filter("SLA breached · 已超时").getId())).as(group).isTrue();
    }
  }

  private Task dueAt(Task task, Date due) {
    task.setDueDate(due);
    taskService.saveTask(task);
    return task;
  }

  private List<String> taskIds(String filterName) {
    return filters.<Task>list(filter(filterName).getId()).stream().map(Task::getId).toList();
  }

  private Filter filter(String name) {
    return filters.createFilterQuery().filterName(name).singleResult();
  }
}
