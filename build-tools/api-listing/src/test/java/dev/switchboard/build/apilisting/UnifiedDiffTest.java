package dev.switchboard.build.apilisting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    @Test
    void equalListsHaveNoDiff() {
        assertThat(UnifiedDiff.diff(List.of("a", "b"), List.of("a", "b"), "x", "y")).isEmpty();
    }

    @Test
    void showsAChangedLineWithThreeLinesOfContext() {
        List<String> before = lines(1, 10);
        List<String> after = new ArrayList<>(before);
        after.set(4, "five, changed");
        after.add(7, "new");

        assertThat(UnifiedDiff.diff(before, after, "committed", "built")).containsExactly(
                "--- committed",
                "+++ built",
                "@@ -2,9 +2,10 @@",
                " 2", " 3", " 4", "-5", "+five, changed", " 6", " 7", "+new", " 8", " 9", " 10");
    }

    @Test
    void farApartChangesMakeTwoHunks() {
        List<String> before = lines(1, 30);
        List<String> after = new ArrayList<>(before);
        after.remove(1);
        after.set(27, "29!");

        assertThat(UnifiedDiff.diff(before, after, "a", "b")).containsExactly(
                "--- a", "+++ b",
                "@@ -1,5 +1,4 @@", " 1", "-2", " 3", " 4", " 5",
                "@@ -26,5 +25,5 @@", " 26", " 27", " 28", "-29", "+29!", " 30");
    }

    private static List<String> lines(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(Integer::toString).collect(Collectors.toCollection(ArrayList::new));
    }
}
