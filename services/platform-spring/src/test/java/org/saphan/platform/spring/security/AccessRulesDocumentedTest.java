package org.saphan.platform.spring.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.saphan.platform.spring.security.AccessRules.AccessRule;
import org.saphan.schema.common.Role;

/** The role table in docs/security.md is {@link AccessRules}, rendered: change the rules, and this test prints the table to paste. */
class AccessRulesDocumentedTest {

  private static final Path DOC = Path.of("../../docs/security.md");

  @Test
  void theDocumentedRoleTableIsTheOneTheNodesEnforce() throws IOException {
    String table = table();
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8)).as("docs/security.md should hold, verbatim:%n%s", table).contains(table);
  }

  @Test
  void everyRuleAdmitsSomeoneAndHasAnExampleItMatches() {
    assertThat(AccessRules.all()).allSatisfy(rule -> {
      assertThat(rule.roles()).isNotEmpty().isSubsetOf(AccessRules.TOKEN_ROLES);
      assertThat(rule.method()).isIn("GET", "POST");
      String examplePath = rule.example().split("\\?")[0];
      String pattern = rule.pattern().replace(".", "\\.").replace("/**", "(/.*)?").replaceAll("\\{[^}]+}", "[^/]+");
      assertThat(examplePath).as(rule.pattern()).matches(pattern);
    });
    assertThat(AccessRules.all()).extracting(rule -> rule.method() + " " + rule.pattern()).doesNotHaveDuplicates();
  }

  /** The markdown table: one row per rule, a column per role. */
  static String table() {
    StringBuilder table = new StringBuilder("| method | path | ");
    table.append(AccessRules.TOKEN_ROLES.stream().sorted().map(Role::name).collect(Collectors.joining(" | "))).append(" |\n");
    table.append("| --- | --- |").append(" :-: |".repeat(AccessRules.TOKEN_ROLES.size())).append('\n');
    for (AccessRule rule : AccessRules.all()) {
      table.append("| ").append(rule.method()).append(" | `").append(rule.pattern()).append("` |");
      AccessRules.TOKEN_ROLES.stream().sorted().forEach(role -> table.append(rule.roles().contains(role) ? " ✓ |" : "  |"));
      table.append('\n');
    }
    return table.toString();
  }
}
