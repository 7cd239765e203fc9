package dev.switchboard.build.apilisting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiListingTest {

    @TempDir
    Path dir;

    @Test
    void aMissingListingFailsTheCheckAndTheUpdateWritesIt() throws Exception {
        Path listing = dir.resolve("api/fixture.api");

        assertThatThrownBy(() -> run(listing, false))
                .isInstanceOf(ApiListing.ApiListingMismatch.class)
                .hasMessageContaining("No API listing for fixture")
                .hasMessageContaining(ApiListing.UPDATE_COMMAND);

        run(listing, true);
        assertThat(Files.readAllLines(listing)).startsWith(
                "# The public API of fixture, checked by mvn verify (build-tools/api-listing).");
        run(listing, false); // now in step
    }

    @Test
    void aChangedApiFailsTheCheckUntilUpdated() throws Exception {
        Path listing = dir.resolve("fixture.api");
        run(listing, true);
        List<String> committed = Files.readAllLines(listing);
        // As if the committed listing predates a new method: the build has one line more.
        Files.write(listing, committed.stream().filter(l -> !l.contains(" first()")).toList());

        assertThatThrownBy(() -> run(listing, false))
                .isInstanceOf(ApiListing.ApiListingMismatch.class)
                .hasMessageContaining("The public API of fixture changed")
                .hasMessageContaining(ApiListing.UPDATE_COMMAND);

        run(listing, true);
        assertThat(Files.readAllLines(listing)).isEqualTo(committed);
    }

    @Test
    void windowsLineEndingsInTheCommittedListingAreTheSameListing() throws Exception {
        Path listing = dir.resolve("fixture.api");
        run(listing, true);
        String text = Files.readString(listing);
        Files.writeString(listing, text.replace("\n", "\r\n"), StandardCharsets.UTF_8);

        run(listing, false);
    }

    @Test
    void aPublicSignatureNamingAnInternalTypeIsALeak() {
        List<String> api = List.of(
                "public final class dev.switchboard.x.Client",
                "  public dev.switchboard.x.internal.Engine engine()",
                "  public java.lang.String internalName()");

        assertThat(ApiListing.leaks(api)).containsExactly("public dev.switchboard.x.internal.Engine engine()");
    }

    @Test
    void aPomModuleHasNothingToCheck() throws Exception {
        ApiListing.main(new String[] {"--packaging", "pom"});
    }

    private static void run(Path listing, boolean update) throws Exception {
        Path classes = Path.of(ApiListingTest.class.getResource("fixture").toURI());
        ApiListing.main(new String[] {
            "--classes", classes.toString(), "--listing", listing.toString(), "--artifact", "fixture",
            "--packaging", "jar", "--update", Boolean.toString(update)});
    }
}
