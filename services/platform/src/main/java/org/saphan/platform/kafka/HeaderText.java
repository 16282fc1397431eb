package org.saphan.platform.kafka;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** The platform's own headers are UTF-8 text: the last value of one, if it has any. */
final class HeaderText {

  private HeaderText() {}

  static Optional<String> last(Headers headers, String key) {
    Header header = headers.lastHeader(key);
    return header == null || header.value() == null ? Optional.empty() : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
  }
}
