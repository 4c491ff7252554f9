import Foundation
import SpecForgeEmit
import SpecForgeIR
import SpecForgeKit
import SpecForgeLoad
import SpecForgeParse
import SpecForgeRender
import SpecForgeWrite
import Testing

/// Paths and helpers shared by the tests.
enum Fixtures {
    /// `s` stored on the heap, not in the string's own words (as a short string is): the same
    /// text in the other of the standard library's two layouts.
    static func heapString(_ s: String) -> String {
        var out = String()
        out.reserveCapacity(64)
        out += s
        return out
    }

    /// The package root (this file is Tests/SpecForgeTests/Support.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared` beside the package: reference data the conformance tests read.
    static let shared = root.deletingLastPathComponent().appending(path: "shared")

    static func path(_ relative: String) -> String { root.appending(path: relative).path }

    /// Whether `../shared` is beside the package.
    static let hasShared = FileManager.default.fileExists(atPath: shared.path)

    /// CI sets `SPECFORGE_REQUIRE_SHARED=1`: there a missing `../shared` fails the suites that need it.
    static let sharedRequired = ProcessInfo.processInfo.environment["SPECFORGE_REQUIRE_SHARED"] == "1"

    /// The trait of a suite that reads `../shared`: on a bare clone it is skipped, saying why;
    /// where `SPECFORGE_REQUIRE_SHARED=1` it runs, and fails when the data is missing.
    static let needsShared = ConditionTrait.enabled(
        if: hasShared || sharedRequired,
        "needs the reference data at \(shared.path) (../shared beside the package), which is missing"
    )

    /// The shared reference data, or a recorded failure saying it is missing (never a silent pass).
    static func requireShared(_ relative: String, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        let url = shared.appending(path: relative)
        guard FileManager.default.fileExists(atPath: url.path) else {
            Issue.record("missing reference data \(url.path): these tests need ../shared beside the package", sourceLocation: sourceLocation)
            return nil
        }
        return url.path
    }

    static func node(_ yaml: String, file: String = "snippet.yaml") throws -> Node {
        try YAMLLoader.load(bytes: Array(yaml.utf8), file: file)
    }

    /// Parses a YAML snippet (a whole OpenAPI document) into the IR.
    static func model(_ yaml: String, extraFiles: [String: String] = [:]) throws -> APIModel {
        let root = try node(yaml, file: "snippet.yaml")
        let sources = SourceSet(root: "snippet.yaml", node: root) { (path: String) throws(LoadError) -> Node in
            guard let text = extraFiles[path] else { throw LoadError(file: path, mark: nil, message: "no such file") }
            return try YAMLLoader.load(bytes: Array(text.utf8), file: path)
        }
        return ModelBuilder.build(try DocumentParser.parse(sources: sources, rootFile: "snippet.yaml").0)
    }

    static var templates: TemplateLibrary {
        get throws { try Templates.library(Templates.builtin) }
    }

    static var docsDefaults: DocsDefaults {
        get throws {
            try DocsDefaults.parse(try node(Templates.builtin["docs/defaults.yaml"] ?? "", file: "defaults.yaml"), file: "defaults.yaml")
        }
    }

    /// Renders the docs of a snippet spec, with an optional layout snippet.
    static func docs(_ yaml: String, layout: String? = nil, intros: [String: String] = [:]) throws -> [String: String] {
        let config = try layout.map { try DocsConfig.parse(try node($0, file: "layout.yaml"), file: "layout.yaml") { intros[$0] } } ?? DocsConfig()
        var set = OutputSet()
        DocsEmitter(model: try model(yaml), config: config, defaults: try docsDefaults, templates: try templates).emit(into: &set)
        return Dictionary(set.files.map { ($0.path, $0.contents) }, uniquingKeysWith: { $1 })
    }

    /// A fresh, empty temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appending(path: "specforge-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The first line where two texts differ, for failure messages.
    static func firstDifference(_ a: String, _ b: String) -> String? {
        let x = a.split(separator: "\n", omittingEmptySubsequences: false)
        let y = b.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(x.count, y.count) {
            let l = i < x.count ? String(x[i]) : "<end of file>"
            let r = i < y.count ? String(y[i]) : "<end of file>"
            if l != r { return "line \(i + 1):\n  expected: \(l)\n  actual:   \(r)" }
        }
        return nil
    }
}
