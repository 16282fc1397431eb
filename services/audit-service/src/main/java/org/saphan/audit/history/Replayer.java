package org.saphan.audit.history;

import java.util.ArrayList;
import java.util.List;
import org.saphan.platform.validation.RejectedEventException;

/**
 * Feeds events, in the order given, to a fresh board of a model. A rejection the board raises is
 * counted and reported, never fatal: the replay goes on, as the live service parks such an event
 * in its dead-letter topic and goes on.
 */
public final class Replayer {

  private Replayer() {}

  /** A fresh board fed with {@code events}: what became of each. */
  public static Fed feed(ReadModel model, List<LoggedEvent> events) {
    ReadModel.Board board = model.newBoard();
    List<LoggedEvent> taken = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    int applied = 0;
    int duplicates = 0;
    int waiting = 0;
    for (LoggedEvent e : events) {
      try {
        switch (board.apply(e.event(), e.envelope())) {
          case APPLIED -> applied++;
          case DUPLICATE -> duplicates++;
          case WAITING -> waiting++;
        }
      } catch (RejectedEventException rejected) {
        rejections.add(new Rejection(e.where(), e.envelope().eventId(), e.envelope().eventType(), rejected.reason(), rejected.getMessage()));
        continue;
      }
      taken.add(e);
    }
    return new Fed(board, List.copyOf(taken), applied, duplicates, waiting, List.copyOf(rejections));
  }

  /**
   * A board after feeding.
   *
   * @param taken the events the board took (applied, duplicate or waiting), in the order fed
   * @param waiting events the board held, when fed, until what they concern arrives (they may have been applied since)
   */
  public record Fed(ReadModel.Board board, List<LoggedEvent> taken, int applied, int duplicates, int waiting, List<Rejection> rejections) {}
}
