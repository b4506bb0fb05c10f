package org.certamen.server;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/** The runs of an {@link EveryStore} test: one per store, each with a fresh test instance given its store. */
final class StoreInvocations implements TestTemplateInvocationContextProvider {
  @Override
  public boolean supportsTestTemplate(ExtensionContext context) {
    return AnnotationSupport.isAnnotated(context.getTestMethod(), EveryStore.class);
  }

  @Override
  public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
    EveryStore every = AnnotationSupport.findAnnotation(context.getRequiredTestMethod(), EveryStore.class)
        .orElseThrow();
    List<TestStores.Factory> stores = every.withCluster() ? TestStores.withCluster() : TestStores.all();
    return stores.stream().map(StoreInvocation::new);
  }

  private record StoreInvocation(TestStores.Factory store) implements TestTemplateInvocationContext {
    @Override
    public String getDisplayName(int invocationIndex) {
      return "[" + store.name() + "]";
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
      return List.of((TestInstancePostProcessor) (instance, context) -> storeField(instance).set(instance, store));
    }
  }

  /** The one instance field of type {@code TestStores.Factory}, in the class or its superclasses. */
  private static Field storeField(Object instance) {
    List<Field> fields = ReflectionSupport.findFields(instance.getClass(),
        field -> field.getType() == TestStores.Factory.class
            && !Modifier.isStatic(field.getModifiers()) && !Modifier.isFinal(field.getModifiers()),
        HierarchyTraversalMode.TOP_DOWN);
    if (fields.size() != 1) {
      throw new ExtensionConfigurationException(
          "an @EveryStore test needs one non-final TestStores.Factory field, found " + fields.size());
    }
    Field field = fields.get(0);
    field.setAccessible(true);
    return field;
  }
}
