package com.pointsdesk.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Runs a task completion only if it submits nothing but the fields of the task's Camunda Form
 * (what Tasklist sends). Anything else is refused before a variable is written: a completion
 * cannot slip a case number, an amount or a gateway flag into the process. Tasks without a
 * Camunda Form are not ComplaintHandling's and pass unchanged.
 */
final class FormFieldsOnly<T> implements Command<T> {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String taskId;
  private final Map<String, ?> submitted;
  private final Command<T> completion;

  FormFieldsOnly(String taskId, Map<String, ?> submitted, Command<T> completion) {
    this.taskId = taskId;
    this.submitted = submitted;
    this.completion = completion;
  }

  @Override
  public T execute(CommandContext context) {
    if (submitted != null && !submitted.isEmpty()
        && context.getTaskManager().findTaskById(taskId) != null) {
      TaskFormData form = new GetTaskFormCmd(taskId).execute(context);
      if (form.getCamundaFormRef() != null) {
        Set<String> allowed = fieldsOf(new GetDeployedTaskFormCmd(taskId).execute(context));
        Set<String> unexpected = new TreeSet<>(submitted.keySet());
        unexpected.removeAll(allowed);
        if (!unexpected.isEmpty()) {
          throw new FormFieldValidationException(unexpected, "不属于此表单的字段 / Not fields of form "
              + form.getCamundaFormRef().getKey() + ": " + String.join(", ", unexpected)
              + ". This task accepts only " + String.join(", ", new TreeSet<>(allowed))
              + "; nothing was changed.");
        }
      }
    }
    return completion.execute(context);
  }

  /** The keys of a Camunda Form's input fields, groups included. */
  static Set<String> fieldsOf(InputStream form) {
    try (form) {
      Set<String> keys = new TreeSet<>();
      collectKeys(JSON.readTree(form).path("components"), keys);
      return keys;
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable Camunda Form", e);
    }
  }

  private static void collectKeys(JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key")) {
        keys.add(component.get("key").asText());
      }
      collectKeys(component.path("components"), keys);
    }
  }
}
