package org.saphan.schemas;

import java.util.List;
import org.apache.avro.Schema;
import org.saphan.schema.alert.AlertAcknowledged;
import org.saphan.schema.alert.AlertDelivered;
import org.saphan.schema.alert.AlertEscalated;
import org.saphan.schema.alert.AlertIssued;
import org.saphan.schema.audit.AuditReadRecorded;
import org.saphan.schema.checkpoint.ChainCheckpointed;
import org.saphan.schema.checkpoint.ChainCosigned;
import org.saphan.schema.meeting.ActionItemAssigned;
import org.saphan.schema.meeting.ActionItemChased;
import org.saphan.schema.meeting.ActionItemUpdated;
import org.saphan.schema.meeting.MeetingRecorded;
import org.saphan.schema.platform.SchemaPublished;
import org.saphan.schema.repatriation.CaseAction;
import org.saphan.schema.repatriation.CaseReferred;
import org.saphan.schema.repatriation.IdentityErased;
import org.saphan.schema.text.GlossaryTermDefined;
import org.saphan.schema.text.TextTranslated;

/**
 * Every event schema compiled into this build: what a node can write, and the reader schemas it
 * decodes into. A test checks that every schema declaring a {@code saphan.version} is listed here.
 */
public final class EventCatalog {

  /** Packages of the generated classes; Avro 1.12 decodes only classes from trusted packages. */
  public static final List<String> GENERATED_PACKAGES =
      List.of("org.saphan.schema.common", "org.saphan.schema.alert", "org.saphan.schema.repatriation", "org.saphan.schema.meeting",
          "org.saphan.schema.platform", "org.saphan.schema.text", "org.saphan.schema.audit",
          "org.saphan.schema.checkpoint");

  private static final List<Schema> EVENTS = List.of(
      AlertIssued.getClassSchema(),
      AlertDelivered.getClassSchema(),
      AlertAcknowledged.getClassSchema(),
      AlertEscalated.getClassSchema(),
      CaseReferred.getClassSchema(),
      CaseAction.getClassSchema(),
      IdentityErased.getClassSchema(),
      MeetingRecorded.getClassSchema(),
      ActionItemAssigned.getClassSchema(),
      ActionItemUpdated.getClassSchema(),
      ActionItemChased.getClassSchema(),
      TextTranslated.getClassSchema(),
      GlossaryTermDefined.getClassSchema(),
      AuditReadRecorded.getClassSchema(),
      ChainCheckpointed.getClassSchema(),
      ChainCosigned.getClassSchema(),
      SchemaPublished.getClassSchema());

  private EventCatalog() {}

  public static List<Schema> events() {
    return EVENTS;
  }
}
