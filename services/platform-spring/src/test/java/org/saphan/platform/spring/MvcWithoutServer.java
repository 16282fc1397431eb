package org.saphan.platform.spring;

import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;

/** Spring MVC as a service sets it up from {@code configuration}, without a server: for one test class, closed after it. */
final class MvcWithoutServer implements AutoCloseable {

  private final AnnotationConfigWebApplicationContext context = new AnnotationConfigWebApplicationContext();
  private final MockMvc mvc;

  MvcWithoutServer(Class<?> configuration) {
    context.setServletContext(new MockServletContext());
    context.register(configuration);
    context.refresh();
    mvc = MockMvcBuilders.webAppContextSetup(context).build();
  }

  MockMvc mvc() {
    return mvc;
  }

  @Override
  public void close() {
    context.close();
  }
}
