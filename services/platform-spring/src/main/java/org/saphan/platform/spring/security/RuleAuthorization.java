package org.saphan.platform.spring.security;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.saphan.platform.spring.security.AccessRules.AccessRule;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Decides a request by one {@link AccessRule} (or by none, when no rule matches the request): an
 * officer of this node holding one of the rule's roles passes; anyone else is refused with the
 * reason, which {@link ApiRefusals} sends back.
 */
final class RuleAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

  /** A refusal with its reason, for the 403 answer. */
  static final class Refusal extends AuthorizationDecision {
    private final String reason;

    Refusal(String reason) {
      super(false);
      this.reason = reason;
    }

    String reason() {
      return reason;
    }
  }

  private final Optional<AccessRule> rule;
  private final String self;

  private RuleAuthorization(Optional<AccessRule> rule, String self) {
    this.rule = rule;
    this.self = self;
  }

  /** Admits the officers of node {@code self} holding a role of {@code rule}. */
  static RuleAuthorization of(AccessRule rule, String self) {
    return new RuleAuthorization(Optional.of(rule), self);
  }

  /** Admits nobody: for requests no rule names. */
  static RuleAuthorization noRule(String self) {
    return new RuleAuthorization(Optional.empty(), self);
  }

  @Override
  public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
    Optional<Officer> officer = Officer.of(authentication.get());
    if (officer.isEmpty()) {
      return new AuthorizationDecision(false); // no token: answered 401 by the entry point
    }
    Officer who = officer.get();
    String request = context.getRequest().getMethod() + " " + context.getRequest().getRequestURI();
    if (!who.node().equals(self)) {
      return new Refusal("officer " + who.id() + " belongs to " + who.node() + " and acts only there; this is " + self);
    }
    if (rule.isEmpty()) {
      return new Refusal("no access rule admits " + request + ": it is not an endpoint of this node");
    }
    if (!who.holdsAny(rule.get().roles())) {
      return new Refusal(request + " is for " + names(rule.get()) + "; officer " + who.id() + " holds "
          + (who.roles().isEmpty() ? "no Saphan role" : who.roles().stream().sorted().map(Enum::name).collect(Collectors.joining(", "))));
    }
    return new AuthorizationDecision(true);
  }

  private static String names(AccessRule rule) {
    return rule.roles().stream().map(Enum::name).collect(Collectors.joining(", "));
  }
}
