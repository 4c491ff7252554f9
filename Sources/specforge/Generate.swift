import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SpecForgeKit
import SpecForgeParse
import SpecForgeWrite

struct Generate: ParsableCommand {
    // Named here, not derived from the type's name (which ArgumentParser reads by reflection,
    // for every subcommand, at every start).
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate the outputs (by default, everything specforge.yaml names)."
    )

    @OptionGroup var options: JobOptions

    @Flag(help: "Print only errors and the summary.")
    var quiet = false

    func run() throws {
        let start = ContinuousClock.now
        Trace.begin()
        let planned = try Runner.plan(options)
        // Nothing is written unless every output can be written without losing anything.
        let writers = planned.map { Writer(directory: URL(fileURLWithPath: $0.directory)) }
        let surveys = zip(writers, planned).map { $0.survey($1.files) }
        var conflicts = 0
        for (output, survey) in zip(planned, surveys) {
            for c in survey.conflicts {
                StandardError.write("\(output.directory)/\(c.path): error: \(c.message)\n")
                conflicts += 1
            }
        }
        if conflicts > 0 { throw ExitCode(2) }
        var summary = Writer.Summary()
        if !quiet { for output in planned { print("specforge: \(output.files.files.count) files for \(output.directory)") } }
        // Outputs in directories of their own are written side by side (the kernel's work of
        // creating files in one directory does not keep two cores busy); otherwise in order.
        let write: @Sendable (Int) -> Result<Writer.Summary, any Error> = { i in Result { try writers[i].write(planned[i].files, survey: surveys[i]) } }
        let results = OutputDirectories.areSeparate(planned.map(\.directory)) ? concurrentMap(Array(planned.indices), width: 2, write) : planned.indices.map(write)
        for result in results {
            let s = try Runner.report { try result.get() }
            summary.written += s.written
            summary.unchanged += s.unchanged
            summary.removed += s.removed
        }
        let elapsed = ContinuousClock.now - start
        let ms = Int(elapsed.seconds * 1000)
        Trace.mark("written")
        print("specforge: \(summary.written.count) written, \(summary.unchanged.count) unchanged, \(summary.removed.count) removed in \(ms) ms")
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Compare the outputs on disk with a fresh generation; exit 1 when they differ.",
        discussion: "Writes nothing. Prints a unified diff per stale file and a summary. Exit status: 0 current, 1 drift, 2 bad input."
    )

    @OptionGroup var options: JobOptions

    @Flag(help: "Print only the summary.")
    var quiet = false

    func run() throws {
        let planned = try Runner.plan(options)
        var stale = 0, missing = 0, extra = 0
        for output in planned {
            let drift = Writer(directory: URL(fileURLWithPath: output.directory)).check(output.files)
            for (path, diff) in drift.stale {
                if !quiet { print(diff.replacingAll("a/\(path)", with: "a/\(output.directory)/\(path)").replacingAll("b/\(path)", with: "b/\(output.directory)/\(path)"), terminator: "") }
            }
            if !quiet {
                for path in drift.missing { print("missing: \(output.directory)/\(path)") }
                for path in drift.extra { print("extra: \(output.directory)/\(path) (generated before, no longer produced)") }
            }
            stale += drift.stale.count
            missing += drift.missing.count
            extra += drift.extra.count
        }
        print("specforge check: \(stale) stale, \(missing) missing, \(extra) extra")
        if stale + missing + extra > 0 { throw ExitCode(1) }
    }
}

/// Runs jobs and turns failures into compiler-style messages with exit status 2.
enum Runner {
    static func plan(_ options: JobOptions) throws -> [PlannedOutput] {
        try report {
            var planned: [PlannedOutput] = []
            // Jobs that share a spec share its warnings: each is printed once.
            var printed: Set<Diagnostic> = []
            let jobs = try options.jobs()
            for (i, job) in jobs.enumerated() {
                var warnings: [Diagnostic] = []
                var timings = Pipeline.Timings()
                // The last job's structures are left to the exit; earlier ones' are freed, so
                // that memory does not grow with the number of jobs.
                let lifetime: Lifetime = i == jobs.count - 1 ? .untilExit : .freed
                planned += try Pipeline.run(job, warnings: &warnings, timings: &timings, lifetime: lifetime)
                warnings.removeAll { !printed.insert($0).inserted }
                for var w in warnings {
                    if options.warningsAsErrors { w.severity = .error }
                    StandardError.write((w.description + "\n"))
                }
                if options.warningsAsErrors, !warnings.isEmpty {
                    StandardError.write("specforge: error: \(warnings.count) warning(s) treated as errors (--warnings-as-errors); nothing was written\n")
                    throw ExitCode(2)
                }
            }
            return planned
        }
    }

    static func report<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ExitCode {
            throw error
        } catch let error as ValidationError {
            throw error
        } catch {
            StandardError.write("\(error)\n")
            throw ExitCode(2)
        }
    }
}
