import Foundation
import SpecForgeWrite
import Testing

/// Writing output: deterministic, idempotent, atomic, and careful with files it did not write.
@Suite struct WriterTests {
    func set(_ files: [String: String]) -> OutputSet {
        OutputSet(files.map { OutputSet.File(path: $0.key, contents: $0.value) })
    }

    func read(_ dir: URL, _ path: String) -> String? {
        try? String(contentsOf: dir.appending(path: path), encoding: .utf8)
    }

    @Test func writesFilesAndAManifest() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let summary = try Writer(directory: dir).write(set(["b.md": "B\n", "a/x.md": "X\n"]))
        #expect(summary.written == ["a/x.md", "b.md"])
        #expect(read(dir, "a/x.md") == "X\n")
        #expect(Writer(directory: dir).previousManifest() == ["a/x.md", "b.md"])
    }

    @Test func unchangedFilesAreNotRewritten() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let writer = Writer(directory: dir)
        _ = try writer.write(set(["a.md": "A\n", "b.md": "B\n"]))
        let past = Date(timeIntervalSince1970: 1_000_000)
        try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: dir.appending(path: "a.md").path)
        let summary = try writer.write(set(["a.md": "A\n", "b.md": "B2\n"]))
        #expect(summary.unchanged == ["a.md"] && summary.written == ["b.md"])
        let mtime = try FileManager.default.attributesOfItem(atPath: dir.appending(path: "a.md").path)[.modificationDate] as? Date
        #expect(mtime == past)
    }

    @Test func onlyFilesItGeneratedAreRemoved() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let writer = Writer(directory: dir)
        _ = try writer.write(set(["old.md": "O\n", "keep.md": "K\n"]))
        try "mine\n".write(to: dir.appending(path: "users-own.md"), atomically: true, encoding: .utf8)
        let summary = try writer.write(set(["keep.md": "K\n"]))
        #expect(summary.removed == ["old.md"])
        #expect(read(dir, "old.md") == nil)
        #expect(read(dir, "users-own.md") == "mine\n")
    }

    @Test func checkReportsStaleMissingAndExtraFiles() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let writer = Writer(directory: dir)
        _ = try writer.write(set(["a.md": "one\ntwo\nthree\n", "gone.md": "G\n"]))
        let drift = writer.check(set(["a.md": "one\n2\nthree\n", "new.md": "N\n"]))
        #expect(drift.missing == ["new.md"])
        #expect(drift.extra == ["gone.md"])
        #expect(drift.stale.map(\.path) == ["a.md"])
        #expect(drift.stale.first?.diff == """
            --- a/a.md
            +++ b/a.md
            @@ -1,4 +1,4 @@
             one
            -two
            +2
             three
             

            """)
        #expect(writer.check(set(["a.md": "one\ntwo\nthree\n", "gone.md": "G\n"])).isCurrent)
    }

    @Test func unifiedDiffKeepsDistantChangesInSeparateHunks() {
        let old = (1...20).map { "line \($0)" }.joined(separator: "\n")
        let new = old.replacingOccurrences(of: "line 2\n", with: "line two\n").replacingOccurrences(of: "line 19", with: "line nineteen")
        let diff = UnifiedDiff.make(old: old, new: new, path: "f")
        #expect(diff.components(separatedBy: "\n@@ ").count == 3, "\(diff)")
        #expect(diff.contains("-line 2\n+line two\n"))
        #expect(diff.contains("-line 19\n+line nineteen\n"))
    }
}
