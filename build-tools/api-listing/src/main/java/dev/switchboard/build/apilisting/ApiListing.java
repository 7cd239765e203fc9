package dev.switchboard.build.apilisting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks (or, when updating, writes) a module's committed API listing, {@code api/<artifactId>.api}.
 *
 * <p>Run by the parent POM (exec-maven-plugin, goal {@code java}, phase {@code prepare-package}) on
 * every published module, with {@code --classes}, {@code --listing}, {@code --artifact},
 * {@code --packaging} and {@code --update true|false}. A listing that differs from the classes, or
 * is missing, fails the build with a diff and the command that rewrites the listings.
 */
public final class ApiListing {

    /** The one command that rewrites every listing (see CONTRIBUTING.md, "The API listing"). */
    static final String UPDATE_COMMAND = "mvn -B -q prepare-package -DskipTests -Dswitchboard.api.update=true";
    private static final int DIFF_LINES = 40;

    private ApiListing() {}

    /**
     * Checks or writes one module's listing.
     *
     * @param args {@code --classes DIR --listing FILE --artifact ID --packaging TYPE --update BOOLEAN}
     * @throws IOException when the classes or the listing cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        if ("pom".equals(options.get("--packaging"))) {
            return; // a POM module (the codegen parent) has no classes of its own
        }
        Path classes = Path.of(require(options, "--classes"));
        Path listing = Path.of(require(options, "--listing"));
        String artifact = require(options, "--artifact");
        boolean update = Boolean.parseBoolean(options.getOrDefault("--update", "false"));

        List<String> api = ApiRenderer.render(classes);
        List<String> leaks = leaks(api);
        if (!leaks.isEmpty()) {
            throw new ApiListingMismatch("The public API of " + artifact + " names types of an internal package,"
                    + " which users may not rely on; make them API or keep them out of public signatures:\n  "
                    + String.join("\n  ", leaks));
        }
        List<String> built = listing(artifact, api);
        String shown = shown(listing);
        if (!Files.exists(listing)) {
            if (update) {
                write(listing, built);
                System.out.println("API listing written: " + shown + " (new, " + built.size() + " lines)");
                return;
            }
            throw new ApiListingMismatch("No API listing for " + artifact + " at " + shown
                    + ". Write it (and commit it) with: " + UPDATE_COMMAND);
        }
        List<String> committed = Files.readAllLines(listing, StandardCharsets.UTF_8);
        if (committed.equals(built)) {
            return;
        }
        List<String> diff = UnifiedDiff.diff(committed, built, shown + " (committed)", shown + " (built)");
        if (update) {
            write(listing, built);
            long added = diff.stream().skip(2).filter(l -> l.startsWith("+")).count();
            long removed = diff.stream().skip(2).filter(l -> l.startsWith("-")).count();
            System.out.println("API listing updated: " + shown + " (+" + added + " -" + removed + ")");
            return;
        }
        StringBuilder out = new StringBuilder()
                .append("The public API of ").append(artifact).append(" differs from its committed listing ")
                .append(shown).append(":\n");
        diff.stream().limit(DIFF_LINES).forEach(line -> out.append(line).append('\n'));
        if (diff.size() > DIFF_LINES) {
            out.append("... (").append(diff.size() - DIFF_LINES).append(" more diff lines)\n");
        }
        System.out.print(out);
        System.out.flush();
        throw new ApiListingMismatch("The public API of " + artifact + " changed (diff above). If the change is meant,"
                + " update the listing in the same commit: " + UPDATE_COMMAND);
    }

    /**
     * @param api the rendered API lines
     * @return those naming a type of an internal package ({@code .internal.}): a public signature
     *     that would hand a user a type the listing does not cover
     */
    static List<String> leaks(List<String> api) {
        List<String> out = new ArrayList<>();
        for (String line : api) {
            if (line.contains(".internal.")) {
                out.add(line.strip());
            }
        }
        return out;
    }

    /** The whole file: a short header, then the API lines. */
    static List<String> listing(String artifact, List<String> api) {
        List<String> lines = new ArrayList<>();
        lines.add("# The public API of " + artifact + ", checked by mvn verify (build-tools/api-listing).");
        lines.add("# After a deliberate change, rewrite it and commit it with the change: " + UPDATE_COMMAND);
        lines.add("");
        lines.addAll(api);
        return lines;
    }

    private static void write(Path listing, List<String> lines) throws IOException {
        Files.createDirectories(listing.toAbsolutePath().getParent());
        Files.write(listing, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The listing's path from where Maven was started, when it lies below it. */
    private static String shown(Path listing) {
        Path absolute = listing.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing " + name);
        }
        return value;
    }

    /** A failed check: its message is the build's error; no stack trace, which would say nothing more. */
    static final class ApiListingMismatch extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ApiListingMismatch(String message) {
            super(message, null, false, false);
        }
    }
}
