import Foundation
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
        let (document, parseWarnings) = try DocumentParser.parse(sources: sources, rootFile: spec)
        warnings += parseWarnings
        timings.parse = lap()
        let model = ModelBuilder.build(document)
        timings.ir = lap()
        // The loaded trees are not needed any more: they are freed on another thread, while the
        // emitters start, instead of in front of them (this thread holds the last reference).
        nonisolated(unsafe) let trees = sources
        DispatchQueue.global().async { withExtendedLifetime(trees) {} }
        return model
    }

    /// The built-in templates overlaid with a user's directory.
    public static func templateFiles(overrides: String?) throws -> [String: String] {
        var files = Templates.builtin
        if let overrides {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: overrides, isDirectory: &isDirectory), isDirectory.boolValue else {
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

    public static func run(_ job: Job, warnings: inout [Diagnostic], timings: inout Timings) throws -> [PlannedOutput] {
        let model = try model(spec: job.spec, warnings: &warnings, timings: &timings).filtered(job.filter)
        let files = try templateFiles(overrides: job.templates)
        let library = try library(files, overrides: job.templates)
        var emitters: [any Emitter] = []
        var directories: [String] = []
        if let docs = job.docs {
            emitters.append(
                try docsEmitter(model: model, docs: docs, templateFiles: files, templates: job.templates, library: library, swiftModule: job.swift?.module))
            directories.append(docs.output)
        }
        if let swift = job.swift {
            emitters.append(swiftEmitter(model: model, swift: swift, library: library))
            directories.append(swift.output)
        }
        // The emitters read the same model and write nothing: they run side by side.
        let results = emitAll(emitters)
        for (emitter, result) in zip(emitters, results) {
            if emitter is DocsEmitter { timings.docs = result.seconds } else { timings.swift = result.seconds }
        }
        return zip(directories, results).map { PlannedOutput(directory: $0, files: $1.files) }
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
        swiftModule: String? = nil
    ) throws -> DocsEmitter {
        let defaultsPath = "docs/defaults.yaml"
        let defaultsFile = templates.map { $0 + "/" + defaultsPath } ?? "Templates/" + defaultsPath
        let defaultsNode = try YAMLLoader.load(bytes: Array((files[defaultsPath] ?? "").utf8), file: defaultsFile)
        let defaults = try DocsDefaults.parse(defaultsNode, file: defaultsFile)
        var config = DocsConfig()
        if let layout = docs.layout {
            let directory = (layout as NSString).deletingLastPathComponent
            config = try DocsConfig.parse(try Files.node(layout), file: layout) { intro in
                try? String(contentsOfFile: directory.isEmpty ? intro : directory + "/" + intro, encoding: .utf8)
            }
        }
        if config.examples.swiftModule == nil { config.examples.swiftModule = swiftModule }
        return DocsEmitter(model: model, config: config, defaults: defaults, templates: library)
    }

    /// The Swift SDK.
    public static func swiftOutput(model: APIModel, swift: Job.Swift, library: TemplateLibrary) -> OutputSet {
        var set = OutputSet()
        swiftEmitter(model: model, swift: swift, library: library).emit(into: &set)
        return set
    }

    public static func swiftEmitter(model: APIModel, swift: Job.Swift, library: TemplateLibrary) -> SwiftEmitter {
        SwiftEmitter(model: model, options: .init(module: swift.module, access: swift.access, shards: swift.shards), templates: library)
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
