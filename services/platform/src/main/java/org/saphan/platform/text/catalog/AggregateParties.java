package org.saphan.platform.text.catalog;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.saphan.schema.alert.AlertIssued;
import org.saphan.schema.meeting.MeetingParticipant;
import org.saphan.schema.meeting.MeetingRecorded;
import org.saphan.schema.repatriation.CaseReferred;

/**
 * The one rule for who else an aggregate concerns, read from the event that starts it: an alert's
 * addresses, a meeting's participants, a case's two parties. A node receives only the copy of an
 * event addressed to it, so without this a translation made at one participant of a three-node
 * meeting would reach the host but not the third participant.
 */
public final class AggregateParties {

  private AggregateParties() {}

  /** Node ids the event names as parties of its aggregate; empty for events that name none. */
  public static List<String> namedBy(GenericRecord event) {
    List<String> parties = new ArrayList<>();
    if (event instanceof AlertIssued alert) {
      parties.addAll(alert.getAddresses());
    } else if (event instanceof MeetingRecorded meeting) {
      meeting.getParticipants().stream().map(MeetingParticipant::getNode).forEach(parties::add);
    } else if (event instanceof CaseReferred referral) {
      parties.add(referral.getShelteringNode());
      parties.add(referral.getReceivingNode());
    }
    return parties;
  }
}
