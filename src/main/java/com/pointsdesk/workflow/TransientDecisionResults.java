package com.pointsdesk.workflow;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * A business-rule task hands its output mappings the decision's result as the transient local
 * variable {@code decisionResult}, and Camunda serializes even a transient value when it creates
 * the variable: with Java serialization, for a result nobody ever stores (a JFR profile of the
 * straight-through benchmark put it at a fifth of each evaluation's cost). This serializer,
 * asked first, keeps such a result in memory only; a decision result that someone tries to store
 * as a persistent variable is refused instead of Java-serialized.
 */
@Component
class TransientDecisionResults extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<TypedValueSerializer> first = configuration.getCustomPreVariableSerializers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreVariableSerializers());
    first.add(0, new InMemoryOnly());
    configuration.setCustomPreVariableSerializers(first);
  }

  static final class InMemoryOnly implements TypedValueSerializer<ObjectValue> {

    @Override
    public String getName() {
      return "pointsdesk-transient-decision-result";
    }

    @Override
    public ValueType getType() {
      return ValueType.OBJECT;
    }

    @Override
    public boolean canHandle(TypedValue value) {
      boolean noFormatAsked = !(value instanceof ObjectValue object)
          || object.getSerializationDataFormat() == null;
      return noFormatAsked && value.getValue() instanceof DmnDecisionResult;
    }

    @Override
    public ObjectValue convertToTypedValue(UntypedValueImpl untypedValue) {
      return Variables.objectValue(untypedValue.getValue(), true).create();
    }

    @Override
    public void writeValue(ObjectValue value, ValueFields valueFields) {
      if (!value.isTransient()) {
        throw new ProcessEngineException(
            "A decision result is kept as a transient variable only, never Java-serialized");
      }
    }

    @Override
    public ObjectValue readValue(ValueFields valueFields, boolean deserializeValue,
        boolean isTransient) {
      throw new ProcessEngineException("A transient decision result is never stored");
    }

    @Override
    public String getSerializationDataformat() {
      return null;
    }

    @Override
    public boolean isMutableValue(ObjectValue typedValue) {
      return false;
    }
  }
}
