package org.saphan.audit.history;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.saphan.platform.node.Node;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.validation.InvalidInputException;
import org.saphan.platform.validation.Violation;

/** The read models of one node the audit service rebuilds, by name. */
public final class ReadModels {

  private final Map<String, ReadModel> byName = new LinkedHashMap<>();

  public ReadModels(List<ReadModel> models) {
    models.forEach(m -> byName.put(m.name(), m));
  }

  /** Alerts, cases and meetings as node {@code self} holds them. */
  public static ReadModels of(Node self, NodeRegistry registry) {
    return new ReadModels(List.of(new AlertModel(self, registry), new CaseModel(self, registry), new MeetingModel(registry)));
  }

  /** @throws InvalidInputException naming the known models when {@code name} is none of them */
  public ReadModel require(String field, String name) {
    ReadModel model = name == null ? null : byName.get(name);
    if (model == null) {
      throw new InvalidInputException(new Violation(field, name, "must be one of " + String.join(", ", byName.keySet())));
    }
    return model;
  }
}
