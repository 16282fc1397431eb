package org.saphan.repatriation.web;

import java.net.URI;
import java.util.List;
import org.saphan.platform.node.NodeRegistry;
import org.saphan.platform.spring.security.Officer;
import org.saphan.repatriation.domain.CaseViews.CaseView;
import org.saphan.repatriation.domain.Side;
import org.saphan.repatriation.input.ActionInput;
import org.saphan.repatriation.input.ErasureInput;
import org.saphan.repatriation.input.ReferralInput;
import org.saphan.repatriation.sealing.VictimIdentity;
import org.saphan.repatriation.service.RepatriationService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Repatriation cases of one node, acted on by the officer the request's bearer token names. The
 * receiving side's actions answer 202: they are requests the sheltering node records or refuses;
 * the case's {@code pending} and {@code history} show which.
 */
@RestController
@RequestMapping(value = "/api/cases", produces = MediaType.APPLICATION_JSON_VALUE)
public class CaseController {

  private final RepatriationService cases;
  private final NodeRegistry registry;

  public CaseController(RepatriationService cases, NodeRegistry registry) {
    this.cases = cases;
    this.registry = registry;
  }

  /** Refers a case (sheltering side), with consent; the identity is sealed to the two parties before it leaves. */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<CaseJson> refer(Officer officer, @RequestBody ReferralInput referral) {
    CaseView view = cases.refer(referral, officer.id());
    return ResponseEntity.created(URI.create("/api/cases/" + view.caseId())).body(json(view));
  }

  @GetMapping
  public List<CaseJson> list() {
    return cases.list().stream().map(this::json).toList();
  }

  /** The case as this node sees it: for the receiving side, the preview it decides on. */
  @GetMapping("/{id}")
  public CaseJson get(@PathVariable String id) {
    return json(cases.get(id));
  }

  /** The victim's identity, unsealed: only the two parties of the case hold a key that opens it. */
  @GetMapping("/{id}/identity")
  public VictimIdentity identity(@PathVariable String id) {
    return cases.identity(id);
  }

  /**
   * Erases the victim's identity here, and through the erasure event at the other party: each
   * destroys its case key and keeps a tombstone. The case stays; its identity then answers 410.
   * Idempotent.
   */
  @PostMapping(value = "/{id}/identity/erasure", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ErasureJson eraseIdentity(Officer officer, @PathVariable String id, @RequestBody ErasureInput erasure) {
    return ErasureJson.of(cases.eraseIdentity(id, erasure, officer.id()));
  }

  @PostMapping(value = "/{id}/actions", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<CaseJson> act(Officer officer, @PathVariable String id, @RequestBody ActionInput action) {
    CaseView view = cases.act(id, action, officer.id());
    Side side = cases.sideOf(view);
    return ResponseEntity.status(side == Side.SHELTERING ? HttpStatus.OK : HttpStatus.ACCEPTED).body(json(view));
  }

  private CaseJson json(CaseView view) {
    return CaseJson.of(view, cases.sideOf(view), registry);
  }
}
