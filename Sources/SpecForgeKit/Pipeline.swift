import Dispatch
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SpecForgeDiff
import SpecForgeEmit
import SpecForgeIR
import SpecForgeLoad
import SpecForgeParse
import SpecForgeRender
import SpecForgeWrite

/// An output directory and what belongs in it.
public struct PlannedOutput: Sendable {
    public var directory: String
    public var files: OutputSet
}

/// The whole pipeline: load → parse → IR → emit → render, in memory; writing is separate, so a
/// failure anywhere leaves every output directory untouched.
public enum Pipeline {
    public struct Timings: Sendable {
        public init() {}
        public var load = 0.0, parse = 0.0, ir = 0.0, docs = 0.0, swift = 0.0
    }

    /// Loads and parses a spec (and the files its `$ref`s reach) into the IR.
    public static func model(spec: String, warnings: inout [Diagnostic], timings: inout Timings) throws -> APIModel {
        try loaded(spec: spec, warnings: &warnings, timings: &timings).model
    }

    /// A loaded spec: its files, its parsed document and the IR built from it.
    public struct Loaded {
        public var spec: String
        public var sources: SourceSet
        public var document: Document
        public var model: APIModel
    }

    /// Loads and parses a spec (and the files its `$ref`s reach) and builds the IR.
    public static func loaded(spec: String, warnings: inout [Diagnostic], timings: inout Timings) throws -> Loaded {
        var clock = ContinuousClock.now
        func lap() -> Double {
            let now = ContinuousClock.now
            let d = now - clock
            clock = now
            return d.seconds
        }
        let spec = SourceSet.normalize(spec)
        let sources = SourceSet(root: spec, node: try Files.node(spec), load: { (path: String) throws(LoadError) -> Node in try Files.node(path) })
        timings.load = lap()
        Trace.mark("loaded")
        let (document, parseWarnings) = try DocumentParser.parse(sources: sources, rootFile: spec)
        warnings += parseWarnings
        timings.parse = lap()
        Trace.mark("parsed")
        let model = ModelBuilder.build(document)
        timings.ir = lap()
        Trace.mark("IR built")
        return Loaded(spec: spec, sources: sources, document: document, model: model)
    }

    /// The built-in templates overlaid with a user's directory.
    public static func templateFiles(overrides: String?) throws -> [String: String] {
        var files = Templates.builtin
        if let overrides {
            guard FileKind.of(overrides) == .directory else {
                throw LoadError(file: overrides, mark: nil, message: "template directory not found")
            }
            for (path, text) in Files.tree(overrides) { files[path] = text }
        }
        return files
    }

    /// The template library of a job: built-in templates overlaid with its template directory.
    public static func library(_ files: [String: String], overrides: String?) throws -> TemplateLibrary {
        let library: TemplateLibrary
        do {
            library = try Templates.library(files)
        } catch {
            throw RenderFailure(error: error, directory: overrides)
        }
        if let missing = library.missingPartial() {
            throw RenderFailure(error: missing, directory: overrides)
        }
        return library
    }

    /// `lifetime`: what becomes of the structures the run is done with (`untilExit` for a
    /// command that exits after the run).
    public static func run(_ job: Job, warnings: inout [Diagnostic], timings: inout Timings, lifetime: Lifetime = .freed) throws -> [PlannedOutput] {
        var loaded: Loaded? = try loaded(spec: job.spec, warnings: &warnings, timings: &timings)
        let fullModel = loaded!.model
        let model = fullModel.filtered(job.filter)
        // One Swift SDK for the Swift files and the reference's Swift tab, begun at once.
        var swiftSDK = job.swift.map { SharedSwiftSDK(model: model, credentialPrefixes: $0.credentialPrefixes) }
        swiftSDK?.startMaking()
        let files = try templateFiles(overrides: job.templates)
        let library = try library(files, overrides: job.templates)
        var emitters: [any Emitter] = []
        var directories: [String] = []
        // The emitters that run beside the pages, and the core they lend the pages when done.
        let besideDocs = (job.swift == nil ? 0 : 1) + (job.referee == nil ? 0 : 1)
        let loan = CoreLoan(holders: besideDocs)
        // The pages' section warnings are found beside the emitters rather than in front of them.
        var sectionWarnings: SideThread<[Diagnostic]>?
        if let docs = job.docs {
            var configured = try docsEmitter(
                model: model, docs: docs, templateFiles: files, templates: job.templates, library: library, swiftModule: job.swift?.module,
                swiftSDK: swiftSDK)
            // The Swift SDK's analysis, one thread long, keeps a core of its own: pages built on
            // every core would share it and put off every Swift file. The pages get it back
            // when the emitters beside them are done.
            if besideDocs > 0 {
                configured.pageWidth = max(1, ProcessInfo.processInfo.activeProcessorCount - 1)
                configured.pageLoan = loan
            }
            let emitter = configured
            warnings += emitter.coverageWarnings(
                spec: SourceSet.normalize(job.spec), filteredOut: fullModel.operations.count - model.operations.count)
            let spec = SourceSet.normalize(job.spec)
            sectionWarnings = SideThread { emitter.sectionWarnings(spec: spec) }
            emitters.append(emitter)
            directories.append(docs.output)
        }
        if let swift = job.swift {
            emitters.append(swiftEmitter(model: model, swift: swift, library: library, sdk: swiftSDK))
            directories.append(swift.output)
        }
        if let referee = job.referee {
            let rules = try docsDefaults(templateFiles: files, templates: job.templates).examples
            let options = RefereeEmitter.Options(module: referee.module, credentialPrefixes: job.swift?.credentialPrefixes ?? [:])
            emitters.append(RefereeEmitter(model: model, options: options, rules: rules, templates: library, sdk: swiftSDK))
            directories.append(referee.output)
        }
        // Only a changes page reads the loaded trees again; otherwise they are let go of now
        // (freed on another thread while the emitters run, or kept until exit).
        if emitters.compactMap({ ($0 as? DocsEmitter)?.changesPage }).isEmpty {
            lifetime.release(loaded.take())
        }
        // The emitters read the same model and write nothing: they run side by side.
        let isDocs = emitters.map { $0 is DocsEmitter }
        Trace.mark("emitters start")
        var results = emitAll(emitters) { i in
            if !isDocs[i] { loan.release() }
        }
        Trace.mark("emitters done")
        warnings += sectionWarnings?.join() ?? []
        for (i, (emitter, result)) in zip(emitters, results).enumerated() {
            warnings += result.files.warnings.map { Diagnostic(.warning, file: $0.file, mark: Mark(line: $0.line, column: $0.column), $0.message) }
            if let docs = emitter as? DocsEmitter {
                timings.docs = result.seconds
                if let current = loaded, let page = try changesPage(docs, current: current, layout: job.docs?.layout, templates: library, warnings: &warnings) {
                    results[i].files.add(page.path, page.text)
                }
            } else {
                timings.swift = result.seconds
            }
        }
        // The emitters and the Swift SDK they share are let go of while the files are written,
        // not in front of the writing.
        lifetime.release((emitters, swiftSDK))
        emitters = []
        swiftSDK = nil
        return zip(directories, results).map { PlannedOutput(directory: $0, files: $1.files) }
    }

    /// The changes page the layout asks for: the earlier document (named relative to the layout)
    /// compared with the current one.
    static func changesPage(_ docs: DocsEmitter, current: Loaded, layout: String?, templates: TemplateLibrary, warnings: inout [Diagnostic]) throws -> (path: String, text: String)? {
        guard let (changes, path) = docs.changesPage else { return nil }
        let directory = layout.map(SourceSet.directory(of:)) ?? ""
        let previous = changes.previous.hasPrefix("/") || directory.isEmpty ? changes.previous : directory + "/" + changes.previous
        var previousWarnings: [Diagnostic] = []
        let old = try Comparison.input(previous, warnings: &previousWarnings)
        let new = DiffInput(sources: current.sources, rootFile: current.spec, document: current.document)
        let report = DiffReport.compare(old, new)
        warnings += previousWarnings + report.warnings
        return (path, Comparison.page(report, version: current.document.version, templates: templates))
    }

    /// The Markdown reference: reads the format defaults and the layout, then emits every page.
    public static func docsOutput(
        model: APIModel, docs: Job.Docs, templateFiles files: [String: String], templates: String?, library: TemplateLibrary
    ) throws -> OutputSet {
        var set = OutputSet()
        try docsEmitter(model: model, docs: docs, templateFiles: files, templates: templates, library: library).emit(into: &set)
        return set
    }

    /// The emitter of the Markdown reference, with the format defaults and the layout read.
    public static func docsEmitter(
        model: APIModel, docs: Job.Docs, templateFiles files: [String: String], templates: String?, library: TemplateLibrary,
        swiftModule: String? = nil, swiftSDK: SharedSwiftSDK? = nil
    ) throws -> DocsEmitter {
        let defaults = try docsDefaults(templateFiles: files, templates: templates)
        var config = DocsConfig()
        if let layout = docs.layout {
            let directory = SourceSet.directory(of: layout)
            config = try DocsConfig.parse(try Files.node(layout), file: layout) { intro in
                try? String(contentsOfFile: directory.isEmpty ? intro : directory + "/" + intro, encoding: .utf8)
            }
        }
        if config.examples.swiftModule == nil { config.examples.swiftModule = swiftModule }
        return DocsEmitter(model: model, config: config, defaults: defaults, templates: library, swiftSDK: swiftSDK)
    }

    /// The format defaults of the Markdown reference (`docs/defaults.yaml`), which also hold the
    /// rules for example values.
    static func docsDefaults(templateFiles files: [String: String], templates: String?) throws -> DocsDefaults {
        let defaultsPath = "docs/defaults.yaml"
        let defaultsFile = templates.map { $0 + "/" + defaultsPath } ?? "Templates/" + defaultsPath
        let defaultsNode = try YAMLLoader.load(bytes: Array((files[defaultsPath] ?? "").utf8), file: defaultsFile)
        return try DocsDefaults.parse(defaultsNode, file: defaultsFile)
    }

    /// The Swift SDK.
    public static func swiftOutput(model: APIModel, swift: Job.Swift, library: TemplateLibrary) -> OutputSet {
        var set = OutputSet()
        swiftEmitter(model: model, swift: swift, library: library).emit(into: &set)
        return set
    }

    public static func swiftEmitter(model: APIModel, swift: Job.Swift, library: TemplateLibrary, sdk: SharedSwiftSDK? = nil) -> SwiftEmitter {
        SwiftEmitter(
            model: model, options: .init(module: swift.module, access: swift.access, shards: swift.shards, modelFiles: swift.modelFiles, credentialPrefixes: swift.credentialPrefixes),
            templates: library, sdk: sdk)
    }
}

/// A template that failed to parse, reported against the user's file when it came from one.
public struct RenderFailure: Error, CustomStringConvertible {
    var error: TemplateError
    var directory: String?

    public var description: String {
        "\(file):\(error.line):\(error.column): error: \(error.message)"
    }

    /// The user's file when the template came from the user's directory, else the built-in one.
    var file: String {
        let relative = error.template + ".mustache"
        if let directory, FileManager.default.fileExists(atPath: directory + "/" + relative) {
            return directory + "/" + relative
        }
        return "Templates/" + relative
    }
}
