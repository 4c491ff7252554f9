import Foundation
import SpecForgeKit
import SpecForgeParse
import Testing

/// The full Waldur API reference of three releases, each generated from its real 4 MB document
/// with the one layout file, and compared, page for page, with the pages the upstream generator
/// made from that document.
@Suite(Fixtures.needsShared) struct WaldurConformanceTests {
    struct Release: Sendable, CustomTestStringConvertible {
        var version: String
        /// The document, relative to `../shared`.
        var spec: String
        /// Upstream's pages made from it, relative to `../shared`.
        var pages: String
        /// Every page path of upstream's complete set (a file of paths), when given.
        var layoutList: String?
        /// How many pages upstream's complete set has (incl. the index), when only the count is given.
        var pageCount: Int?

        var testDescription: String { version }
    }

    static let releases = [
        Release(version: "8.0.5", spec: "waldur/waldur-openapi-8.0.5.yaml", pages: "waldur/pages", layoutList: "waldur/layout.txt"),
        Release(version: "8.0.3", spec: "waldur-versions/waldur-openapi-8.0.3.yaml", pages: "waldur-versions/pages-8.0.3", pageCount: 287),
        Release(version: "8.0.2", spec: "waldur-versions/waldur-openapi-8.0.2.yaml", pages: "waldur-versions/pages-8.0.2", pageCount: 285),
    ]

    /// Given pages that open with prose no spec holds (written by hand upstream, and not copied
    /// here): they must be identical once that introduction, between the title and the summary,
    /// is left out of the upstream page.
    static let handWrittenIntroductions: Set<String> = [
        "core/structure/customers.md",
        "core/structure/organization-groups.md",
        "core/structure/project-types.md",
        "core/structure/projects.md",
        "core/structure/roles.md",
        "core/structure/users.md",
    ]

    @Test(arguments: releases) func everyGivenPageIsIdentical(_ release: Release) throws {
        guard let spec = Fixtures.requireShared(release.spec), let pages = Fixtures.requireShared(release.pages) else { return }
        let output = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        let job = Job(spec: spec, docs: .init(output: output.path, layout: Fixtures.path("specs/waldur-layout.yaml")))
        var warnings: [Diagnostic] = []
        var timings = Pipeline.Timings()
        let planned = try Pipeline.run(job, warnings: &warnings, timings: &timings)
        let generated = Dictionary(planned[0].files.files.map { ($0.path, $0.contents) }, uniquingKeysWith: { $1 })

        // The layout reproduces the complete upstream set: every path, nothing else.
        if let list = release.layoutList {
            guard let layoutList = Fixtures.requireShared(list) else { return }
            let expectedPaths = Set(try String(contentsOfFile: layoutList, encoding: .utf8).split(separator: "\n").map(String.init))
            #expect(
                Set(generated.keys) == expectedPaths,
                "generated paths differ from \(list): missing \(expectedPaths.subtracting(generated.keys).sorted()), extra \(Set(generated.keys).subtracting(expectedPaths).sorted())"
            )
        }
        if let count = release.pageCount {
            #expect(generated.keys.filter { $0.hasSuffix(".md") }.count == count, "upstream's complete set of \(release.version) has \(count) pages")
        }

        let given = (FileManager.default.subpaths(atPath: pages) ?? []).filter { $0.hasSuffix(".md") }.sorted()
        var identical = 0
        var withoutIntroduction: [String] = []
        var misses: [String] = []
        for path in given {
            let expected = try String(contentsOfFile: pages + "/" + path, encoding: .utf8)
            guard let actual = generated[path] else {
                misses.append("\(path): not generated")
                continue
            }
            if Self.handWrittenIntroductions.contains(path) {
                if actual == expected {
                    misses.append("\(path): listed as opening with a hand-written introduction, but identical: take it off the list")
                } else if let stripped = Self.withoutIntroduction(expected), stripped == actual {
                    withoutIntroduction.append(path)
                } else {
                    misses.append("\(path) (introduction left out): \(Fixtures.firstDifference(Self.withoutIntroduction(expected) ?? expected, actual) ?? "?")")
                }
            } else if actual == expected {
                identical += 1
            } else {
                misses.append("\(path): \(Fixtures.firstDifference(expected, actual) ?? "?")")
            }
        }
        print("Waldur \(release.version): \(identical) of \(given.count) pages identical")
        if !withoutIntroduction.isEmpty {
            print("  \(withoutIntroduction.count) more identical but for upstream's hand-written introduction: \(withoutIntroduction.joined(separator: ", "))")
        }
        for miss in misses { print("  \(miss)") }
        #expect(given.count >= 100, "expected the reference pages under \(pages)")
        #expect(identical + withoutIntroduction.count == given.count)
        #expect(misses.isEmpty, "\(misses.count) pages differ:\n\(misses.joined(separator: "\n"))")
    }

    /// An upstream page less the prose between its title and its operations summary.
    static func withoutIntroduction(_ page: String) -> String? {
        guard let titleEnd = page.firstIndex(of: "\n"), let summary = page.range(of: "\n## Operations Summary\n") else { return nil }
        return String(page[...titleEnd]) + "\n" + String(page[summary.lowerBound...].dropFirst())
    }
}
