/// A unified diff (`diff -u` style, 3 lines of context) of two texts, line by line.
public enum UnifiedDiff {
    public static func make(old: String, new: String, path: String, context: Int = 3) -> String {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let edits = script(a, b)
        var out = "--- a/\(path)\n+++ b/\(path)\n"
        // Group edits into hunks with `context` lines around each change.
        var i = 0
        while i < edits.count {
            guard edits[i].kind != .same else { i += 1; continue }
            var start = i
            var back = 0
            while start > 0, back < context, edits[start - 1].kind == .same { start -= 1; back += 1 }
            var end = i
            var sameRun = 0
            var j = i
            while j < edits.count {
                if edits[j].kind == .same {
                    sameRun += 1
                    if sameRun > 2 * context { break }
                } else {
                    sameRun = 0
                    end = j
                }
                j += 1
            }
            let stop = min(edits.count, end + 1 + context)
            let hunk = edits[start..<stop]
            let oldStart = (hunk.first?.oldLine ?? 0) + 1
            let newStart = (hunk.first?.newLine ?? 0) + 1
            let oldCount = hunk.filter { $0.kind != .insert }.count
            let newCount = hunk.filter { $0.kind != .delete }.count
            out += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
            for e in hunk {
                switch e.kind {
                case .same: out += " " + a[e.oldLine] + "\n"
                case .delete: out += "-" + a[e.oldLine] + "\n"
                case .insert: out += "+" + b[e.newLine] + "\n"
                }
            }
            i = stop
        }
        return out
    }

    struct Edit {
        enum Kind { case same, delete, insert }
        var kind: Kind
        var oldLine: Int
        var newLine: Int
    }

    /// Myers' O((N+M)D) shortest edit script.
    static func script(_ a: [String], _ b: [String]) -> [Edit] {
        // Trim the common head and tail first: generated files usually change in a few places.
        var head = 0
        while head < a.count, head < b.count, a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head, tail < b.count - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        let x = Array(a[head..<(a.count - tail)])
        let y = Array(b[head..<(b.count - tail)])
        let n = x.count
        let m = y.count
        let max = n + m
        var v = [Int](repeating: 0, count: 2 * max + 2)
        var trace: [[Int]] = []
        var found = false
        for d in 0...max {
            trace.append(v)
            var k = -d
            while k <= d {
                var px: Int
                if k == -d || (k != d && v[max + k - 1] < v[max + k + 1]) {
                    px = v[max + k + 1]
                } else {
                    px = v[max + k - 1] + 1
                }
                var py = px - k
                while px < n, py < m, x[px] == y[py] { px += 1; py += 1 }
                v[max + k] = px
                if px >= n, py >= m { found = true; break }
                k += 2
            }
            if found { break }
        }
        // Walk back through the trace.
        var edits: [Edit] = []
        var px = n
        var py = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let vd = trace[d]
            let k = px - py
            let prevK: Int
            if k == -d || (k != d && vd[max + k - 1] < vd[max + k + 1]) { prevK = k + 1 } else { prevK = k - 1 }
            let prevX = d == 0 ? 0 : vd[max + prevK]
            let prevY = prevX - prevK
            while px > prevX, py > prevY {
                px -= 1; py -= 1
                edits.append(Edit(kind: .same, oldLine: head + px, newLine: head + py))
            }
            if d > 0 {
                if px == prevX { edits.append(Edit(kind: .insert, oldLine: head + px, newLine: head + prevY)) }
                else { edits.append(Edit(kind: .delete, oldLine: head + prevX, newLine: head + py)) }
            }
            px = prevX
            py = prevY
        }
        edits.reverse()
        var result = (0..<head).map { Edit(kind: .same, oldLine: $0, newLine: $0) }
        result += edits
        result += (0..<tail).map { Edit(kind: .same, oldLine: a.count - tail + $0, newLine: b.count - tail + $0) }
        return result
    }
}
