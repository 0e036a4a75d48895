package com.pointsdesk.workflow;

import com.pointsdesk.remedy.InvalidDecision;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * The engine's task and form services as Tasklist and {@code /engine-rest} use them, with two
 * guards: a completion may submit only the fields of the task's form ({@link FormFieldsOnly}),
 * and a decision the product refuses ({@link InvalidDecision}, e.g. four eyes, a rejection
 * without a reason) reaches the caller as a 400 with its message instead of a 500. Writing task
 * variables outside a completion is an authorization matter: the groups that work a task may
 * claim, complete and hand it on, not update it (security.TaskWorkerPermissions).
 */
@Component
class TaskFormGuard extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTaskService(new GuardedTaskService());
    configuration.setFormService(new GuardedFormService());
  }

  static final class GuardedTaskService extends TaskServiceImpl {

    @Override
    public void complete(String taskId, Map<String, Object> variables) {
      asFormError(() -> commandExecutor.execute(new FormFieldsOnly<>(taskId, variables,
          new CompleteTaskCmd(taskId, variables, false, false))));
    }

    @Override
    public VariableMap completeWithVariablesInReturn(String taskId,
        Map<String, Object> variables, boolean deserializeValues) {
      return asFormError(() -> commandExecutor.execute(new FormFieldsOnly<>(taskId, variables,
          new CompleteTaskCmd(taskId, variables, true, deserializeValues))));
    }

    @Override
    public void claim(String taskId, String userId) {
      asBadRequest(() -> super.claim(taskId, userId));
    }

    @Override
    public void setAssignee(String taskId, String userId) {
      asBadRequest(() -> super.setAssignee(taskId, userId));
    }
  }

  static final class GuardedFormService extends FormServiceImpl {

    @Override
    public void submitTaskForm(String taskId, Map<String, Object> properties) {
      asFormError(() -> commandExecutor.execute(new FormFieldsOnly<>(taskId, properties,
          new SubmitTaskFormCmd(taskId, properties, false, false))));
    }

    @Override
    public VariableMap submitTaskFormWithVariablesInReturn(String taskId,
        Map<String, Object> properties, boolean deserializeValues) {
      return asFormError(() -> commandExecutor.execute(new FormFieldsOnly<>(taskId, properties,
          new SubmitTaskFormCmd(taskId, properties, true, deserializeValues))));
    }
  }

  /** The REST API answers a FormFieldValidationException of a completion with 400. */
  static <T> T asFormError(Supplier<T> completion) {
    try {
      return completion.get();
    } catch (ProcessEngineException e) {
      InvalidDecision refused = refusal(e);
      if (refused == null) {
        throw e;
      }
      throw new FormFieldValidationException(null, refused.getMessage(), e);
    }
  }

  /** The REST API answers a BadUserRequestException with 400. */
  static void asBadRequest(Runnable action) {
    try {
      action.run();
    } catch (ProcessEngineException e) {
      InvalidDecision refused = refusal(e);
      if (refused == null) {
        throw e;
      }
      throw new BadUserRequestException(refused.getMessage(), e);
    }
  }

  private static InvalidDecision refusal(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidDecision refused) {
        return refused;
      }
    }
    return null;
  }
}
