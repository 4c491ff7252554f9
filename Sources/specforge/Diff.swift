import ArgumentParser
import SpecForgeDiff
import SpecForgeKit
import SpecForgeParse
import SpecForgeWrite

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two OpenAPI documents: what changed, or only what breaks clients (--breaking).",
        discussion: """
            Prints new, deleted and modified endpoints and every change inside them. With --breaking, only \
            the changes that can break an existing client, each with a rule id, a level and its place in NEW; \
            exit status 1 when one is at the --fail-on level or above. Exit status 2 on bad input.
            """
    )

    enum Format: String, ExpressibleByArgument { case text, markdown }
    enum Level: String, ExpressibleByArgument { case error, warning, info }

    @Argument(help: "The earlier document.") var old: String
    @Argument(help: "The later document.") var new: String

    @Option(help: "text (the report) or markdown (the report as a page).") var format = Format.text
    @Option(help: "The version the markdown page names (default: info.version of NEW).") var title: String?
    @Flag(help: "List only changes that can break existing clients.") var breaking = false
    @Option(name: .customLong("fail-on"), help: "With --breaking: the lowest level that fails (error, warning or info).")
    var failOn = Level.error

    nonisolated(unsafe) static var kept: [DiffInput] = []

    func run() throws {
        let (report, oldInput, newInput) = try Runner.report { try Comparison.compare(old: old, new: new) }
        // The documents stay until the process exits: taking two large trees apart one node at a
        // time would only delay the exit.
        Self.kept = [oldInput, newInput]
        var seen: Set<Diagnostic> = []
        for w in report.warnings where seen.insert(w).inserted {
            StandardError.write((w.description + "\n"))
        }
        if breaking {
            let findings = BreakingRules.findings(report)
            print(BreakingRules.render(findings), terminator: "")
            let threshold: BreakingRules.Level = switch failOn {
            case .error: .error
            case .warning: .warning
            case .info: .info
            }
            if findings.contains(where: { $0.level >= threshold }) { throw ExitCode(1) }
            return
        }
        switch format {
        case .text: print(TextReport.render(report), terminator: "")
        case .markdown: print(try Comparison.page(report, version: title ?? newInput.document.version), terminator: "")
        }
    }
}
