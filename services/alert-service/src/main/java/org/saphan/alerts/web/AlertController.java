package org.saphan.alerts.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.saphan.alerts.cap.CapXml;
import org.saphan.alerts.domain.AlertMode;
import org.saphan.alerts.domain.AlertViews.AlertView;
import org.saphan.platform.spring.security.Officer;
import org.saphan.platform.validation.InvalidInputException;
import org.saphan.platform.validation.Violation;
import org.saphan.alerts.draft.AlertDraft;
import org.saphan.alerts.service.AlertService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The alert API of one node. Sending an Update or Cancel is sending a CAP message with msgType
 * Update or Cancel whose {@code references} name the message it replaces. The acting officer is
 * the one the request's bearer token names.
 */
@RestController
@RequestMapping("/api/alerts")
public class AlertController {

  static final String CAP_XML = "application/cap+xml";

  private final AlertService alerts;

  public AlertController(AlertService alerts) {
    this.alerts = alerts;
  }

  /** Sends an alert (or an Update, Cancel, Ack, Error) given as JSON. */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<AlertJson> send(Officer officer, @RequestBody AlertDraft draft) {
    return created(alerts.send(draft, officer.id()));
  }

  /** Imports a CAP 1.2 XML document produced by another system and sends it from this node. */
  @PostMapping(consumes = {MediaType.APPLICATION_XML_VALUE, CAP_XML, MediaType.TEXT_XML_VALUE}, produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<AlertJson> importCap(Officer officer, @RequestBody String xml) {
    return created(alerts.send(CapXml.parse(xml), officer.id()));
  }

  /** Alerts on this node, newest first: {@code mode=operational} (Actual, the default) or {@code exercise} (Exercise, Test, System, Draft). */
  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  public List<AlertJson> list(@RequestParam(defaultValue = "operational") String mode) {
    return alerts.list(mode(mode)).stream().map(AlertJson::of).toList();
  }

  /** One alert: current message, state, history, deliveries per addressed node, escalations. */
  @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  public AlertJson get(@PathVariable String id) {
    return AlertJson.of(alerts.get(id));
  }

  /** The alert's current message (or the message {@code identifier} of its history) as CAP 1.2 XML. */
  @GetMapping(value = "/{id}/cap", produces = {CAP_XML, MediaType.APPLICATION_XML_VALUE})
  public String exportCap(@PathVariable String id, @RequestParam(required = false) String identifier) {
    AlertView alert = alerts.get(id);
    var message = identifier == null ? alert.current()
        : alert.history().stream().filter(m -> m.cap().getIdentifier().equals(identifier)).findFirst()
            .orElseThrow(() -> new InvalidInputException(List.of(new Violation("identifier", identifier, "no message of alert " + id + " has this identifier"))));
    return CapXml.export(message.cap());
  }

  /** A human acknowledgement of the alert by an officer of this node. */
  @PostMapping(value = "/{id}/acknowledgements", produces = MediaType.APPLICATION_JSON_VALUE)
  public AlertJson acknowledge(Officer officer, @PathVariable String id,
      @RequestBody(required = false) AcknowledgementRequest request) {
    return AlertJson.of(alerts.acknowledge(id, officer.id(), request == null ? null : request.note()));
  }

  private static ResponseEntity<AlertJson> created(AlertView view) {
    return ResponseEntity.created(URI.create("/api/alerts/" + view.threadId())).body(AlertJson.of(view));
  }

  private static AlertMode mode(String mode) {
    try {
      return AlertMode.valueOf(mode.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(List.of(new Violation("mode", mode, "must be operational or exercise")));
    }
  }
}
