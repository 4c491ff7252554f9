import Foundation
import SpecForgeKit
import Testing

/// The five documented pages the format was founded on, reproduced byte for byte from
/// `specs/waldur-site-agent.yaml` with `specs/waldur-site-agent-layout.yaml`.
@Suite(Fixtures.needsShared) struct SeedPageTests {
    struct Seed {
        var path: String
        var page: String
    }

    /// Each seed starts with a sync comment and two blank lines; the page follows.
    static func seeds() throws -> [Seed] {
        guard let directory = Fixtures.requireShared("seeds") else { return [] }
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".txt") }.sorted()
        return try files.map { name in
            let text = try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
            let remote = text.split(separator: "\n").first { $0.hasPrefix("Remote Path: ") }!
            // `Remote Path: output//<category>/<group>/<page>.md`
            let path = String(remote.dropFirst("Remote Path: ".count)).replacingOccurrences(of: "output//", with: "")
            let body = text.components(separatedBy: "-->\n\n\n").dropFirst().joined(separator: "-->\n\n\n")
            // The fifth seed's check mark went through a wrong encoding on its way; the page means ✓.
            return Seed(path: path, page: body.replacingOccurrences(of: "âœ“", with: "✓"))
        }
    }

    @Test func fiveSeedsAreGiven() throws {
        #expect(try Self.seeds().count == 5)
    }

    @Test func everySeedPageIsReproducedByteForByte() throws {
        let output = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        let job = Job(
            spec: Fixtures.path("specs/waldur-site-agent.yaml"),
            docs: .init(output: output.path, layout: Fixtures.path("specs/waldur-site-agent-layout.yaml"))
        )
        var warnings: [SpecForgeParse.Diagnostic] = []
        var timings = Pipeline.Timings()
        let planned = try Pipeline.run(job, warnings: &warnings, timings: &timings)
        #expect(warnings.isEmpty, "\(warnings)")
        let files = Dictionary(planned[0].files.files.map { ($0.path, $0.contents) }, uniquingKeysWith: { $1 })
        for seed in try Self.seeds() {
            let generated = try #require(files[seed.path], "no page generated at \(seed.path)")
            #expect(generated == seed.page, "\(seed.path) differs at \(Fixtures.firstDifference(seed.page, generated) ?? "?")")
        }
    }
}

import SpecForgeParse
