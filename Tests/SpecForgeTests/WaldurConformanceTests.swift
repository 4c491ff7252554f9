import Foundation
import SpecForgeKit
import SpecForgeParse
import Testing

/// The full Waldur API reference generated from the real 4 MB document and compared, page for
/// page, with the pages the upstream generator made from it.
@Suite(Fixtures.needsShared) struct WaldurConformanceTests {
    @Test func everyGivenPageIsIdentical() throws {
        guard let spec = Fixtures.requireShared("waldur/waldur-openapi-8.0.5.yaml"),
            let pages = Fixtures.requireShared("waldur/pages"),
            let layoutList = Fixtures.requireShared("waldur/layout.txt")
        else { return }
        let output = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        let job = Job(spec: spec, docs: .init(output: output.path, layout: Fixtures.path("specs/waldur-layout.yaml")))
        var warnings: [Diagnostic] = []
        var timings = Pipeline.Timings()
        let planned = try Pipeline.run(job, warnings: &warnings, timings: &timings)
        let generated = Dictionary(planned[0].files.files.map { ($0.path, $0.contents) }, uniquingKeysWith: { $1 })

        // The layout reproduces the complete upstream set: every path, nothing else.
        let expectedPaths = Set(try String(contentsOfFile: layoutList, encoding: .utf8).split(separator: "\n").map(String.init))
        #expect(Set(generated.keys) == expectedPaths, "generated paths differ from layout.txt: missing \(expectedPaths.subtracting(generated.keys).sorted()), extra \(Set(generated.keys).subtracting(expectedPaths).sorted())")

        let given = (FileManager.default.subpaths(atPath: pages) ?? []).filter { $0.hasSuffix(".md") }.sorted()
        var identical = 0
        var misses: [String] = []
        for path in given {
            let expected = try String(contentsOfFile: pages + "/" + path, encoding: .utf8)
            guard let actual = generated[path] else {
                misses.append("\(path): not generated")
                continue
            }
            if actual == expected {
                identical += 1
            } else {
                misses.append("\(path): \(Fixtures.firstDifference(expected, actual) ?? "?")")
            }
        }
        print("\(identical) of \(given.count) pages identical")
        for miss in misses { print("  \(miss)") }
        #expect(given.count >= 100, "expected the reference pages under \(pages)")
        #expect(misses.isEmpty, "\(misses.count) pages differ:\n\(misses.joined(separator: "\n"))")
    }
}
