package org.saphan.platform.spring.texts;

import java.util.List;
import org.saphan.platform.desk.TextDesk;
import org.saphan.platform.kafka.PlatformNode;
import org.saphan.platform.text.glossary.MachineTranslator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The node's translation desk and its REST API ({@code /api/texts}, {@code /api/glossary},
 * {@code /api/search}) in every Saphan application; {@code saphan.texts.enabled=false} turns it off
 * (for a service that runs beside another one of the same node that already serves it). A
 * {@link MachineTranslator} bean, such as an engine inside the centre's network, is tried after
 * the glossary.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "saphan.texts.enabled", havingValue = "true", matchIfMissing = true)
@Import(TextController.class)
public class TextConfiguration {

  @Bean(destroyMethod = "close")
  TextDesk textDesk(PlatformNode platform, ObjectProvider<MachineTranslator> engines) {
    return TextDesk.start(platform, List.copyOf(engines.orderedStream().toList()));
  }
}
