package org.saphan.platform.spring.security;

import static org.saphan.schema.common.Role.AUDITOR;
import static org.saphan.schema.common.Role.OFFICER;
import static org.saphan.schema.common.Role.OPERATOR;
import static org.saphan.schema.common.Role.REPATRIATION_OFFICER;
import static org.saphan.schema.common.Role.SECRETARIAT;
import static org.saphan.schema.common.Role.TRANSLATOR;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.saphan.platform.topic.Stream;
import org.saphan.schema.common.Role;

/**
 * Which roles may call which endpoint of a node: the one table every Saphan application's filter
 * chain is built from ({@code SecurityConfiguration}). A request that matches no rule is refused,
 * whoever sends it; a rule only ever admits officers of this node (the token's {@code saphan_node}).
 * Add a rule here with every new endpoint: {@code SignInScenariosTest} calls each rule's example path
 * with every role and without a token.
 *
 * <p>The roles, as the centres' identity providers grant them:
 *
 * <ul>
 *   <li>OFFICER — a coordination centre officer: sends, updates, cancels and acknowledges alerts;
 *   <li>REPATRIATION_OFFICER — refers repatriation cases, acts on them, reads and erases the sealed identity;
 *   <li>SECRETARIAT — records meetings, their agenda and decisions, assigns action items and
 *       reports their progress;
 *   <li>TRANSLATOR — translates, reviews translations, fills in machine translations, amends the glossary;
 *   <li>AUDITOR — reads the audit API (history, export, verification, reads) and replays in memory;
 *       sends and changes nothing;
 *   <li>OPERATOR — runs the node: health, metrics; reads no business data.
 * </ul>
 */
public final class AccessRules {

  /**
   * One endpoint (or a family with one rule) and who may call it.
   *
   * @param method the HTTP method
   * @param pattern a Spring path pattern, e.g. {@code /api/alerts/{id}}
   * @param roles the roles admitted; holding any one of them is enough
   * @param example a concrete path the pattern matches, for the tests and the docs
   */
  public record AccessRule(String method, String pattern, Set<Role> roles, String example) {
    public AccessRule {
      roles = AccessRules.inRoleOrder(roles);
    }
  }

  /** Everyone who works with the node's alerts, cases, meetings and texts; not the operators, who run it. */
  public static final Set<Role> BUSINESS_READERS = inRoleOrder(EnumSet.of(OFFICER, REPATRIATION_OFFICER, SECRETARIAT, TRANSLATOR, AUDITOR));
  /** Who writes texts (alerts, cases, meetings, translations), and so may have one analysed before sending it. */
  public static final Set<Role> WRITERS = inRoleOrder(EnumSet.of(OFFICER, REPATRIATION_OFFICER, SECRETARIAT, TRANSLATOR));
  /** Case files name victims' circumstances: read by those who handle the cases and those who audit them. */
  public static final Set<Role> CASE_READERS = inRoleOrder(EnumSet.of(REPATRIATION_OFFICER, AUDITOR));
  /** The texts of cases: their readers, and the translators who translate them. */
  public static final Set<Role> CASE_TEXT_READERS = inRoleOrder(EnumSet.of(REPATRIATION_OFFICER, AUDITOR, TRANSLATOR));
  /** Every role a token may carry; others (an identity provider's own, SYSTEM) are ignored. */
  public static final Set<Role> TOKEN_ROLES = inRoleOrder(EnumSet.of(OFFICER, REPATRIATION_OFFICER, SECRETARIAT, TRANSLATOR, AUDITOR,
      OPERATOR));

  private static final List<AccessRule> RULES = List.of(
      // Alerts (alert service)
      rule("POST", "/api/alerts", Set.of(OFFICER), "/api/alerts"),
      rule("GET", "/api/alerts", BUSINESS_READERS, "/api/alerts?mode=exercise"),
      rule("GET", "/api/alerts/{id}", BUSINESS_READERS, "/api/alerts/TH-CEI-2562-0924-01"),
      rule("GET", "/api/alerts/{id}/cap", BUSINESS_READERS, "/api/alerts/TH-CEI-2562-0924-01/cap"),
      rule("POST", "/api/alerts/{id}/acknowledgements", Set.of(OFFICER), "/api/alerts/TH-CEI-2562-0924-01/acknowledgements"),
      // Repatriation cases (repatriation service)
      rule("POST", "/api/cases", Set.of(REPATRIATION_OFFICER), "/api/cases"),
      rule("GET", "/api/cases", CASE_READERS, "/api/cases"),
      rule("GET", "/api/cases/{id}", CASE_READERS, "/api/cases/TH-CEI-RP-2019-0001"),
      rule("GET", "/api/cases/{id}/identity", Set.of(REPATRIATION_OFFICER), "/api/cases/TH-CEI-RP-2019-0001/identity"),
      rule("POST", "/api/cases/{id}/identity/erasure", Set.of(REPATRIATION_OFFICER), "/api/cases/TH-CEI-RP-2019-0001/identity/erasure"),
      rule("POST", "/api/cases/{id}/actions", Set.of(REPATRIATION_OFFICER), "/api/cases/TH-CEI-RP-2019-0001/actions"),
      // Meetings and action items (meeting service)
      rule("POST", "/api/meetings", Set.of(SECRETARIAT), "/api/meetings"),
      rule("GET", "/api/meetings", BUSINESS_READERS, "/api/meetings"),
      rule("GET", "/api/meetings/{id}", BUSINESS_READERS, "/api/meetings/BCC-MM-TH-13"),
      rule("GET", "/api/meetings/{id}/minutes", BUSINESS_READERS, "/api/meetings/BCC-MM-TH-13/minutes?language=th"),
      rule("GET", "/api/meetings/{id}/minutes.pdf", BUSINESS_READERS, "/api/meetings/BCC-MM-TH-13/minutes.pdf"),
      rule("POST", "/api/meetings/{id}/actions", Set.of(SECRETARIAT), "/api/meetings/BCC-MM-TH-13/actions"),
      rule("GET", "/api/actions", BUSINESS_READERS, "/api/actions"),
      rule("GET", "/api/actions/{actionId}", BUSINESS_READERS, "/api/actions/BCC-MM-TH-13-A1"),
      rule("POST", "/api/actions/{actionId}/progress", Set.of(SECRETARIAT), "/api/actions/BCC-MM-TH-13-A1/progress"),
      // Texts, translations, search and the glossary (every application); case texts only to CASE_TEXT_READERS (mayReadTextsOf)
      rule("GET", "/api/texts", BUSINESS_READERS, "/api/texts?aggregate=TH-CEI-2562-0924-01"),
      rule("GET", "/api/texts/{ref}", BUSINESS_READERS, "/api/texts/0123456789abcdef01234567"),
      rule("POST", "/api/texts/{ref}/translations", Set.of(TRANSLATOR), "/api/texts/0123456789abcdef01234567/translations"),
      rule("POST", "/api/texts/{ref}/translations/{language}/review", Set.of(TRANSLATOR),
          "/api/texts/0123456789abcdef01234567/translations/my/review"),
      rule("POST", "/api/texts/machine-translations", Set.of(TRANSLATOR), "/api/texts/machine-translations"),
      rule("POST", "/api/texts/analysis", WRITERS, "/api/texts/analysis"),
      rule("GET", "/api/search", BUSINESS_READERS, "/api/search?q=bridge"),
      rule("GET", "/api/glossary", BUSINESS_READERS, "/api/glossary"),
      rule("POST", "/api/glossary/terms", Set.of(TRANSLATOR), "/api/glossary/terms"),
      // Audit (audit service): reads, and a replay that rebuilds a view in memory and discards it
      rule("GET", "/api/audit/alerts/{id}", Set.of(AUDITOR), "/api/audit/alerts/TH-CEI-2562-0924-01"),
      rule("GET", "/api/audit/cases/{id}", Set.of(AUDITOR), "/api/audit/cases/TH-CEI-RP-2019-0001"),
      rule("GET", "/api/audit/meetings/{id}", Set.of(AUDITOR), "/api/audit/meetings/BCC-MM-TH-13"),
      rule("POST", "/api/audit/replays", Set.of(AUDITOR), "/api/audit/replays"),
      rule("GET", "/api/audit/export", Set.of(AUDITOR), "/api/audit/export?streams=alert"),
      rule("GET", "/api/audit/verify", Set.of(AUDITOR), "/api/audit/verify"),
      rule("GET", "/api/audit/reads", Set.of(AUDITOR), "/api/audit/reads"),
      // The API description, for the tools that integrate with the node
      rule("GET", "/v3/api-docs", TOKEN_ROLES, "/v3/api-docs"),
      // Operations (Spring Boot actuator)
      rule("GET", "/actuator", Set.of(OPERATOR), "/actuator"),
      rule("GET", "/actuator/health", Set.of(OPERATOR), "/actuator/health"),
      rule("GET", "/actuator/health/**", Set.of(OPERATOR), "/actuator/health/ping"),
      rule("GET", "/actuator/info", Set.of(OPERATOR), "/actuator/info"),
      rule("GET", "/actuator/metrics", Set.of(OPERATOR), "/actuator/metrics"),
      rule("GET", "/actuator/metrics/{name}", Set.of(OPERATOR), "/actuator/metrics/jvm.memory.used"));

  private AccessRules() {}

  /** Every rule, in the order the filter chain tries them. */
  public static List<AccessRule> all() {
    return RULES;
  }

  /**
   * Whether an officer holding {@code roles} may read the texts carried on {@code stream} (by
   * {@code /api/texts} and {@code /api/search}): the texts of cases only when they may read cases
   * or translate them; everything else, as its own GET.
   */
  public static boolean mayReadTextsOf(String stream, Set<Role> roles) {
    Set<Role> readers = Stream.REPATRIATION.id().equals(stream) ? CASE_TEXT_READERS : BUSINESS_READERS;
    return roles.stream().anyMatch(readers::contains);
  }

  /** An unmodifiable set of roles, in the order of {@link Role} (as the docs and refusals list them). */
  private static Set<Role> inRoleOrder(Set<Role> roles) {
    return Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
  }

  private static AccessRule rule(String method, String pattern, Set<Role> roles, String example) {
    return new AccessRule(method, pattern, roles, example);
  }
}
