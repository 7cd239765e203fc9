package dev.switchboard.build.apilisting;

import java.util.ArrayList;
import java.util.List;

/** A unified diff of two line lists (longest common subsequence between the common head and tail). */
final class UnifiedDiff {

    private static final int CONTEXT = 3;
    /** Above this many cells the changed middle is shown as removed then added, without matching. */
    private static final long MAX_CELLS = 4_000_000L;

    private UnifiedDiff() {}

    /** The diff lines, headed {@code --- from} and {@code +++ to}; empty when the lists are equal. */
    static List<String> diff(List<String> from, List<String> to, String fromName, String toName) {
        List<String> ops = operations(from, to); // each line prefixed ' ', '-' or '+'
        List<String> out = new ArrayList<>();
        if (ops.stream().allMatch(op -> op.charAt(0) == ' ')) {
            return out;
        }
        out.add("--- " + fromName);
        out.add("+++ " + toName);
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i).charAt(0) == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i; // exclusive; grow while changes are closer than 2 * CONTEXT
            int lastChange = i;
            while (end < ops.size() && end - lastChange <= 2 * CONTEXT) {
                if (ops.get(end).charAt(0) != ' ') {
                    lastChange = end;
                }
                end++;
            }
            end = Math.min(ops.size(), lastChange + 1 + CONTEXT);
            int fromLine = 1;
            int toLine = 1;
            for (int k = 0; k < start; k++) {
                char c = ops.get(k).charAt(0);
                fromLine += c != '+' ? 1 : 0;
                toLine += c != '-' ? 1 : 0;
            }
            int fromCount = 0;
            int toCount = 0;
            for (int k = start; k < end; k++) {
                char c = ops.get(k).charAt(0);
                fromCount += c != '+' ? 1 : 0;
                toCount += c != '-' ? 1 : 0;
            }
            out.add("@@ -" + fromLine + "," + fromCount + " +" + toLine + "," + toCount + " @@");
            out.addAll(ops.subList(start, end));
            i = end;
        }
        return out;
    }

    private static List<String> operations(List<String> a, List<String> b) {
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<String> ops = new ArrayList<>();
        for (int k = 0; k < head; k++) {
            ops.add(" " + a.get(k));
        }
        List<String> midA = a.subList(head, a.size() - tail);
        List<String> midB = b.subList(head, b.size() - tail);
        int n = midA.size();
        int m = midB.size();
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            midA.forEach(line -> ops.add("-" + line));
            midB.forEach(line -> ops.add("+" + line));
        } else {
            int[][] lcs = new int[n + 1][m + 1];
            for (int x = n - 1; x >= 0; x--) {
                for (int y = m - 1; y >= 0; y--) {
                    lcs[x][y] = midA.get(x).equals(midB.get(y)) ? lcs[x + 1][y + 1] + 1 : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
                }
            }
            int x = 0;
            int y = 0;
            while (x < n || y < m) {
                if (x < n && y < m && midA.get(x).equals(midB.get(y))) {
                    ops.add(" " + midA.get(x++));
                    y++;
                } else if (x < n && (y == m || lcs[x + 1][y] >= lcs[x][y + 1])) {
                    ops.add("-" + midA.get(x++));
                } else {
                    ops.add("+" + midB.get(y++));
                }
            }
        }
        for (int k = a.size() - tail; k < a.size(); k++) {
            ops.add(" " + a.get(k));
        }
        return ops;
    }
}
