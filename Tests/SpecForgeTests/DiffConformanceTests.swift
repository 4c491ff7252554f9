import Foundation
import SpecForgeDiff
import SpecForgeKit
import Testing

/// `specforge diff --format markdown` on consecutive Waldur releases, compared byte for byte with
/// the API-changes pages upstream published for them.
@Suite(Fixtures.needsShared) struct DiffConformanceTests {
    /// Release versions of the specs in `waldur-versions/`, in release order.
    static func versions(_ directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        let versions = names.compactMap { name -> String? in
            guard name.hasPrefix("waldur-openapi-"), name.hasSuffix(".yaml") else { return nil }
            return String(name.dropFirst("waldur-openapi-".count).dropLast(".yaml".count))
        }
        return versions.sorted { $0.split(separator: ".").map { Int($0) ?? 0 }.lexicographicallyPrecedes($1.split(separator: ".").map { Int($0) ?? 0 }) }
    }

    @Test func everyChangesPageIsIdentical() throws {
        guard let directory = Fixtures.requireShared("waldur-versions") else { return }
        let versions = Self.versions(directory)
        var identical = 0, compared = 0
        var misses: [String] = []
        // A page compares a release with the one before it; a release with no page has no pair here.
        for (old, new) in zip(versions, versions.dropFirst()) {
            let page = "\(directory)/api-changes/waldur-openapi-schema-\(new)-diff.md"
            guard FileManager.default.fileExists(atPath: page) else { continue }
            compared += 1
            let (report, _, newInput) = try Comparison.compare(
                old: "\(directory)/waldur-openapi-\(old).yaml", new: "\(directory)/waldur-openapi-\(new).yaml")
            let actual = try Comparison.page(report, version: newInput.document.version)
            let expected = try String(contentsOfFile: page, encoding: .utf8)
            if actual == expected {
                identical += 1
            } else {
                misses.append("\(old) → \(new): \(Fixtures.firstDifference(expected, actual) ?? "?")")
            }
        }
        print("\(identical) of \(compared) change pages identical")
        for miss in misses { print("  \(miss)") }
        #expect(compared >= 8, "expected the API-changes pages under \(directory)/api-changes")
        #expect(misses.isEmpty, "\(misses.count) change pages differ:\n\(misses.joined(separator: "\n"))")
    }
}
