package com.pointsdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.junit.jupiter.api.Test;

/**
 * If an operator raises the history level to one that keeps variable values, typed texts still
 * stay out: the filter passes every history event on except those of free-text variables.
 */
class FreeTextHistoryFilterTest {

  private final List<HistoryEvent> written = new ArrayList<>();
  private final HistoryEventHandler filter = new FreeTextHistoryFilter.WithoutFreeText(
      new HistoryEventHandler() {
        @Override
        public void handleEvent(HistoryEvent event) {
          written.add(event);
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
          written.addAll(events);
        }
      });

  @Test
  void typedTextsAndFormBriefingsAreNotWrittenOtherVariablesAre() {
    filter.handleEvents(List.of(variable("reviewReason"), variable("approvalComment"),
        variable("briefingClaim"), variable("reviewDecision"), variable("category")));

    assertThat(written).extracting(e -> ((HistoricVariableUpdateEventEntity) e).getVariableName())
        .containsExactly("reviewDecision", "category");
  }

  private static HistoricVariableUpdateEventEntity variable(String name) {
    HistoricVariableUpdateEventEntity event = new HistoricVariableUpdateEventEntity();
    event.setVariableName(name);
    return event;
  }
}
