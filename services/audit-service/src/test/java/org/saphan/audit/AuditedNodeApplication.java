package org.saphan.audit;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * All of one node's services in one application, as a small centre runs them: alerts, cases,
 * meetings and audit. The audit scenarios drive it through REST on every node of the sandbox.
 */
@SpringBootApplication(scanBasePackages = {"org.saphan.alerts", "org.saphan.repatriation", "org.saphan.meetings", "org.saphan.audit"})
public class AuditedNodeApplication {}
