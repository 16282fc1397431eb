package org.saphan.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.saphan.platform.kafka.NodeAcls;

/**
 * Gives a sandbox cluster the principals of {@link NodeAcls}: each user a new SCRAM-SHA-512
 * password, then every ACL, as a centre's administrator does with the commands of
 * {@code NodeAclCommands}, and returns once the broker enforces them all.
 */
final class ClusterPrincipals {

  private static final ScramCredentialInfo SCRAM_SHA_512 = new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096);
  private static final Duration POLL = Duration.ofMillis(20);

  private ClusterPrincipals() {}

  /** Creates the users and ACLs with {@code administrator}'s client; the passwords by user. */
  static Map<String, String> provision(Admin administrator, NodeAcls acls, Duration timeout) {
    Map<String, String> passwords = new LinkedHashMap<>();
    List<UserScramCredentialAlteration> users = new ArrayList<>();
    for (String user : acls.users()) {
      String password = Secrets.newPassword();
      passwords.put(user, password);
      users.add(new UserScramCredentialUpsertion(user, SCRAM_SHA_512, password));
    }
    try {
      administrator.alterUserScramCredentials(users).all().get();
      administrator.createAcls(acls.bindings()).all().get();
      // The broker authorizes and authenticates from its copy of the cluster's metadata: wait until
      // that copy holds every ACL and user.
      long deadline = System.nanoTime() + timeout.toNanos();
      while (administrator.describeAcls(AclBindingFilter.ANY).values().get().size() < acls.bindings().size()
          || administrator.describeUserScramCredentials().all().get().size() < acls.users().size()) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the users and ACLs of " + acls.node() + "'s cluster were not in force within " + timeout);
        }
        Thread.sleep(POLL.toMillis());
      }
      return passwords;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while securing " + acls.node() + "'s cluster", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot secure " + acls.node() + "'s cluster: " + e.getCause().getMessage(), e.getCause());
    }
  }
}
