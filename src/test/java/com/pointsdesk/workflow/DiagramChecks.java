package com.pointsdesk.workflow;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/**
 * What a supervisor reading the diagram in Cockpit relies on: joins are gateways (bpmnlint's
 * fake-join), a gateway either joins or forks (no-gateway-join-fork), and no label sits on a
 * line or a shape, where the diagram would cut it.
 */
final class DiagramChecks {

  private DiagramChecks() {}

  static List<String> check(BpmnModelInstance model) {
    List<String> violations = new ArrayList<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      int in = node.getIncoming().size();
      int out = node.getOutgoing().size();
      if (!(node instanceof Gateway) && in > 1) {
        violations.add(node.getId() + ": joins " + in + " flows without a gateway");
      }
      if (node instanceof Gateway && in > 1 && out > 1) {
        violations.add(node.getId() + ": a gateway that both joins and forks");
      }
    }
    List<BpmnEdge> edges = List.copyOf(model.getModelElementsByType(BpmnEdge.class));
    List<BpmnShape> shapes = List.copyOf(model.getModelElementsByType(BpmnShape.class));
    for (BpmnLabel label : model.getModelElementsByType(BpmnLabel.class)) {
      Bounds box = label.getBounds();
      BaseElement owner = ownerOf(label);
      for (BpmnEdge edge : edges) {
        if (crosses(box, edge.getWaypoints())) {
          violations.add(owner.getId() + ": label on the line of " + edge.getBpmnElement().getId());
        }
      }
      for (BpmnShape shape : shapes) {
        boolean container = shape.getBpmnElement() instanceof SubProcess;
        if (shape.getBpmnElement() != owner && overlaps(box, shape.getBounds())
            && !(container && contains(shape.getBounds(), box))) { // inside a sub-process is fine
          violations.add(owner.getId() + ": label over " + (container ? "the border of " : "")
              + shape.getBpmnElement().getId());
        }
      }
    }
    return violations;
  }

  private static boolean contains(Bounds outer, Bounds inner) {
    return inner.getX() >= outer.getX() && inner.getY() >= outer.getY()
        && inner.getX() + inner.getWidth() <= outer.getX() + outer.getWidth()
        && inner.getY() + inner.getHeight() <= outer.getY() + outer.getHeight();
  }

  private static BaseElement ownerOf(BpmnLabel label) {
    Object parent = label.getParentElement();
    return parent instanceof BpmnEdge edge ? edge.getBpmnElement()
        : ((BpmnShape) parent).getBpmnElement();
  }

  private static boolean crosses(Bounds box, java.util.Collection<Waypoint> waypoints) {
    List<Waypoint> points = List.copyOf(waypoints);
    for (int i = 1; i < points.size(); i++) {
      if (segmentHitsBox(points.get(i - 1), points.get(i), box)) {
        return true;
      }
    }
    return false;
  }

  /** Lines here are horizontal or vertical; a segment along the box's edge does not count. */
  private static boolean segmentHitsBox(Waypoint a, Waypoint b, Bounds box) {
    double x1 = Math.min(a.getX(), b.getX());
    double x2 = Math.max(a.getX(), b.getX());
    double y1 = Math.min(a.getY(), b.getY());
    double y2 = Math.max(a.getY(), b.getY());
    return x2 > box.getX() && x1 < box.getX() + box.getWidth()
        && y2 > box.getY() && y1 < box.getY() + box.getHeight();
  }

  private static boolean overlaps(Bounds a, Bounds b) {
    return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
        && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
  }
}
