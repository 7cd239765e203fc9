package dev.switchboard.sandbox.junit;

import dev.switchboard.facade.Switchboard;
import dev.switchboard.sandbox.Sandbox;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: one sandbox per test class, emptied before each test, injecting a
 * {@link Sandbox} or a {@link Switchboard} configured against it ({@link SandboxSwitchboard}).
 *
 * <pre>{@code
 * @ExtendWith(SandboxExtension.class)
 * class MyAppTest {
 *   @Test void syncs(Switchboard switchboard, Sandbox sandbox) { ... }
 * }
 * }</pre>
 */
public final class SandboxExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(SandboxExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getStore(NS).put("sandbox", Sandbox.start(0));
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    sandbox(context).reset();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    Sandbox s = context.getStore(NS).remove("sandbox", Sandbox.class);
    if (s != null) {
      s.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
    Class<?> type = p.getParameter().getType();
    return type == Sandbox.class || type == Switchboard.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext e) {
    Sandbox s = sandbox(e);
    return p.getParameter().getType() == Sandbox.class ? s : SandboxSwitchboard.of(s);
  }

  private static Sandbox sandbox(ExtensionContext context) {
    Sandbox s = context.getRoot().getStore(NS).get("sandbox", Sandbox.class);
    if (s == null) {
      s = context.getStore(NS).get("sandbox", Sandbox.class);
    }
    return s;
  }
}
