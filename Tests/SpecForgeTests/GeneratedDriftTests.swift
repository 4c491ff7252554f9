import Foundation
import SpecForgeKit
import SpecForgeParse
import SpecForgeWrite
import Testing

/// `Generated/` is exactly what `specforge generate` makes from `specforge.yaml` today.
@Suite struct GeneratedDriftTests {
    @Test func generatedOutputIsCurrent() throws {
        let jobs = try ConfigFile.load(Fixtures.path("specforge.yaml"))
        #expect(!jobs.isEmpty)
        for job in jobs {
            var warnings: [Diagnostic] = []
            var timings = Pipeline.Timings()
            for output in try Pipeline.run(job, warnings: &warnings, timings: &timings) {
                let drift = Writer(directory: URL(fileURLWithPath: output.directory)).check(output.files)
                #expect(drift.isCurrent, "\(output.directory) is stale: run `swift run specforge generate`\n\(drift.stale.map(\.diff).joined())missing: \(drift.missing) extra: \(drift.extra)")
            }
        }
    }
}
