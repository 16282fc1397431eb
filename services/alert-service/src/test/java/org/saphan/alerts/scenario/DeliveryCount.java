package org.saphan.alerts.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a fault test counts of what crossed a link: messages sent, received, lost (expected but not
 * there) and duplicated (there more often than sent); and where it writes its report
 * ({@code target/reliability/<name>.txt}).
 */
public final class DeliveryCount {

  private int sent;
  private int received;
  private int lost;
  private int duplicated;

  /** One aggregate (an alert, a case, an action item): {@code expected} messages sent, {@code got} found at the receiver. */
  public void add(int expected, int got) {
    sent += expected;
    received += got;
    lost += Math.max(0, expected - got);
    duplicated += Math.max(0, got - expected);
  }

  public int sent() {
    return sent;
  }

  public int received() {
    return received;
  }

  public int lost() {
    return lost;
  }

  public int duplicated() {
    return duplicated;
  }

  @Override
  public String toString() {
    return "sent " + sent + ", received " + received + ", lost " + lost + ", duplicated " + duplicated;
  }

  /** Prints {@code report} and writes it to {@code target/reliability/<name>.txt}. */
  public static void report(String name, String report) {
    Path file = Path.of("target", "reliability", name + ".txt");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, report);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    System.out.print(report);
  }
}
