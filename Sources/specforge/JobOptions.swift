import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SpecForgeEmit
import SpecForgeIR
import SpecForgeKit

enum OutputKind: String, ExpressibleByArgument, CaseIterable {
    case docs, swift, referee
}

/// The options `generate` and `check` share: either a config file, or one spec given directly.
struct JobOptions: ParsableArguments {
    @Option(help: "The config file to run when no --spec is given.")
    var config: String = ConfigFile.defaultName

    @Option(help: "The OpenAPI document (YAML or JSON) to generate from.")
    var spec: String?

    @Option(help: "The directory to write into (with --spec).")
    var output: String?

    @Option(help: "The layout of the Markdown pages (placement, index, sections, example clients).")
    var layout: String?

    @Option(help: "Generate only this output: docs or swift. Both by default (into OUTPUT/Docs and OUTPUT/Swift). `referee`: the round-trip driver of the Swift SDK of --module (scripts/check-roundtrip.sh).")
    var only: OutputKind?

    @Option(help: "A directory of templates replacing the built-in ones of the same relative path.")
    var templates: String?

    @Option(help: "The Swift module name (with --spec).")
    var module: String = "API"

    @Option(help: "The access modifier of generated Swift declarations: public, package or internal.")
    var access: String = "public"

    @Option(help: "How the Swift models are spread over files: per-tag (beside the client file that first uses them) or per-type.")
    var modelFiles: SwiftEmitter.Options.ModelFiles = .perTag

    @Option(help: "Generate only operations with this tag (repeatable).")
    var includeTag: [String] = []

    @Option(help: "Leave out operations with this tag (repeatable).")
    var excludeTag: [String] = []

    @Option(help: "Generate only operations whose path matches this pattern, `*` matching any text (repeatable).")
    var includePath: [String] = []

    @Option(help: "Leave out operations whose path matches this pattern (repeatable).")
    var excludePath: [String] = []

    @Flag(help: "Treat warnings as errors.")
    var warningsAsErrors = false

    func jobs() throws -> [Job] {
        guard let spec else {
            guard FileManager.default.fileExists(atPath: config) else {
                throw ValidationError("no \(config) here; give --spec FILE --output DIR, or --config FILE")
            }
            return try ConfigFile.load(config)
        }
        guard let output else { throw ValidationError("--spec needs --output DIR") }
        var job = Job(spec: spec, templates: templates)
        job.filter = OperationFilter(
            include: .init(tags: includeTag, paths: includePath),
            exclude: .init(tags: excludeTag, paths: excludePath)
        )
        switch only {
        case .docs: job.docs = .init(output: output, layout: layout)
        case .swift:
            job.swift = .init(output: output, module: module, access: access)
            job.swift?.modelFiles = modelFiles
        case .referee: job.referee = .init(output: output, module: module)
        case nil:
            job.docs = .init(output: output + "/Docs", layout: layout)
            job.swift = .init(output: output + "/Swift", module: module, access: access)
            job.swift?.modelFiles = modelFiles
        }
        return [job]
    }
}

extension SwiftEmitter.Options.ModelFiles: ExpressibleByArgument {}
