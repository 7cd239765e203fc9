package dev.switchboard.build.apilisting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiRendererTest {

    @Test
    void writesThePublicAndProtectedApiOfTheFixture() throws Exception {
        List<String> lines = ApiRenderer.render(fixtureClasses());

        assertThat(String.join("\n", lines)).isEqualTo("""
                public abstract class dev.switchboard.build.apilisting.fixture.Shapes<T extends java.lang.Comparable<? super T>> implements java.util.Comparator<T>
                  public static final java.lang.String NAME
                  protected int count
                  public Shapes()
                  protected Shapes(java.util.List<? extends T>, java.util.Map.Entry<java.lang.String, T>[])
                  public int compare(T, T)
                  public abstract T first()
                  public static <X extends java.lang.Object & java.lang.Comparable<X>> X max(X...) throws java.io.IOException
                  @Deprecated protected final void old()

                public static final class dev.switchboard.build.apilisting.fixture.Shapes.Builder<T>
                  public Builder()
                  public dev.switchboard.build.apilisting.fixture.Shapes.Builder<T> add(T)

                protected class dev.switchboard.build.apilisting.fixture.Shapes.Inner
                  public Inner(dev.switchboard.build.apilisting.fixture.Shapes)

                public enum dev.switchboard.build.apilisting.fixture.Shapes.Kind
                  public static final dev.switchboard.build.apilisting.fixture.Shapes.Kind ROUND
                  public static final dev.switchboard.build.apilisting.fixture.Shapes.Kind SQUARE
                  public static dev.switchboard.build.apilisting.fixture.Shapes.Kind valueOf(java.lang.String)
                  public static dev.switchboard.build.apilisting.fixture.Shapes.Kind[] values()

                public @interface dev.switchboard.build.apilisting.fixture.Shapes.Marker
                  public abstract java.lang.String value()

                public record dev.switchboard.build.apilisting.fixture.Shapes.Point
                  public Point(int, int)
                  public final boolean equals(java.lang.Object)
                  public final int hashCode()
                  public final java.lang.String toString()
                  public int x()
                  public int y()

                public interface dev.switchboard.build.apilisting.fixture.Shapes.Visitor<R>
                  public static <R> dev.switchboard.build.apilisting.fixture.Shapes.Visitor<R> constant(R)
                  public default R fallback()
                  public abstract R visit(dev.switchboard.build.apilisting.fixture.Shapes<?>)""");
    }

    @Test
    void theListingDependsOnTheClassesOnly() throws Exception {
        assertThat(ApiRenderer.render(fixtureClasses())).isEqualTo(ApiRenderer.render(fixtureClasses()));
        assertThat(ApiRenderer.render(fixtureClasses().resolve("missing"))).isEmpty();
    }

    private static Path fixtureClasses() throws URISyntaxException {
        return Path.of(ApiRendererTest.class.getResource("fixture").toURI());
    }
}
