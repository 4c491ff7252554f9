import Foundation
import SpecForgeIR
import SpecForgeKit
import SpecForgeLoad
import SpecForgeParse
import SpecForgeWrite
import Testing

/// Broken input: every file in `BadInput/` runs through the pipeline and must give the message
/// its first line promises, `# expect: <the first error (or warning) line>`.
///
/// - `NAME.specforge.yaml` is run as a config file (its jobs, planned but not written);
/// - `NAME.layout.yaml` is the layout for `support/minimal.yaml`;
/// - anything else is a spec, with the built-in templates or those of a `# templates: DIR` line.
///
/// Paths in the messages are relative to this test file's directory (`BadInput/...`); the
/// command-line test runs the same files from there and compares them unchanged.
@Suite struct BadInputTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let badInput = directory.appending(path: "BadInput")

    /// The broken inputs, by name (`support/` holds the files they refer to).
    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: badInput.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
    }()

    struct Case {
        var expect: String
        var templates: String?
    }

    static func header(_ name: String) throws -> Case {
        let text = try String(contentsOf: badInput.appending(path: name), encoding: .utf8)
        var c = Case(expect: "")
        for line in text.split(separator: "\n").prefix(3) {
            if line.hasPrefix("# expect: ") { c.expect = String(line.dropFirst("# expect: ".count)) }
            if line.hasPrefix("# templates: ") { c.templates = String(line.dropFirst("# templates: ".count)) }
        }
        return c
    }

    /// Runs one case in process; the first line of the error, or the first warning when it succeeds.
    static func firstDiagnostic(_ name: String) -> (line: String, failed: Bool) {
        let path = badInput.appending(path: name).path
        var warnings: [Diagnostic] = []
        var timings = Pipeline.Timings()
        do {
            let jobs: [Job]
            if name.hasSuffix(".specforge.yaml") {
                jobs = try ConfigFile.load(path)
            } else if name.hasSuffix(".layout.yaml") {
                jobs = [Job(spec: badInput.appending(path: "support/minimal.yaml").path, docs: .init(output: "out", layout: path))]
            } else {
                let templates = try header(name).templates.map { badInput.appending(path: $0).path }
                jobs = [Job(spec: path, docs: .init(output: "out/Docs", layout: nil), swift: .init(output: "out/Swift", module: "API"), templates: templates)]
            }
            for job in jobs { _ = try Pipeline.run(job, warnings: &warnings, timings: &timings) }
            return (warnings.first.map(relative) ?? "(no diagnostics)", false)
        } catch {
            let first = "\(error)".split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
            return (relative(first), true)
        }
    }

    static func relative(_ d: Diagnostic) -> String { relative(d.description) }

    static func relative(_ text: String) -> String {
        text.replacingOccurrences(of: directory.path + "/", with: "")
    }

    @Test func thereAreCases() {
        #expect(Self.cases.count >= 30)
    }

    @Test(arguments: cases)
    func eachBrokenInputGivesItsMessage(_ name: String) throws {
        let c = try Self.header(name)
        #expect(!c.expect.isEmpty, "\(name) has no '# expect: ' first line")
        let start = ContinuousClock.now
        let (line, failed) = Self.firstDiagnostic(name)
        #expect(line == c.expect)
        // Warnings let the run succeed; errors stop it.
        #expect(failed == c.expect.contains(": error: "), "\(name): \(failed ? "failed" : "succeeded")")
        #expect(ContinuousClock.now - start < .seconds(10), "\(name) is slow")
    }

    @Test func aBrokenReferencedFileIsReportedAtItsOwnPositionToo() {
        var warnings: [Diagnostic] = []
        var timings = Pipeline.Timings()
        do {
            _ = try Pipeline.model(spec: Self.badInput.appending(path: "invalid-external-file.yaml").path, warnings: &warnings, timings: &timings)
            Issue.record("no error")
        } catch {
            let lines = Self.relative("\(error)").split(separator: "\n").map(String.init)
            #expect(lines == [
                "BadInput/invalid-external-file.yaml:7:19: error: unresolved reference 'support/broken.yaml#/Thing': 'BadInput/support/broken.yaml' is not a valid document",
                "BadInput/support/broken.yaml:4:1: error: invalid YAML or JSON: while parsing a flow mapping did not find expected ',' or '}'",
            ])
        }
    }

    // MARK: Cycles, depth and size

    static func model(_ yaml: String, load: @escaping (String) throws(LoadError) -> Node = { (p: String) throws(LoadError) -> Node in
        throw LoadError(file: p, mark: nil, message: "no such file")
    }) throws -> APIModel {
        let root = try YAMLLoader.load(bytes: Array(yaml.utf8), file: "api.yaml")
        let sources = SourceSet(root: "api.yaml", node: root, load: load)
        return ModelBuilder.build(try DocumentParser.parse(sources: sources, rootFile: "api.yaml").0)
    }

    @Test func cyclicSchemasBuildAndRender() throws {
        let spec = """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths:
              /api/nodes/:
                post:
                  operationId: nodes_create
                  tags: [nodes]
                  requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Node'}}}}
                  responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Tree'}}}}}
            components:
              schemas:
                Node:
                  type: object
                  properties:
                    parent: {$ref: '#/components/schemas/Node'}
                    children: {type: array, items: {$ref: '#/components/schemas/Node'}}
                    byName: {type: object, additionalProperties: {$ref: '#/components/schemas/Node'}}
                    either: {oneOf: [{$ref: '#/components/schemas/Node'}, {$ref: '#/components/schemas/Tree'}]}
                Tree:
                  allOf: [{$ref: '#/components/schemas/Node'}]
                  discriminator: {propertyName: kind, mapping: {tree: Tree, node: Node}}
                  properties:
                    root: {$ref: '#/components/schemas/Tree'}
                Alias: {$ref: '#/components/schemas/Alias'}
            """
        let model = try Self.model(spec)
        let node = try #require(model.schemas.first { $0.name == "Node" })
        #expect(node.fields[0].schema === node)
        #expect(node.fields[1].schema.items === node)
        let alias = try #require(model.schemas.first { $0.name == "Alias" })
        #expect(alias.allOf.first === alias)
        let pages = try Fixtures.docs(spec)
        #expect(pages["uncategorized/nodes/nodes.md"]?.contains("parent.parent.parent") == true)
    }

    @Test func schemasJustInsideTheDepthLimitWork() throws {
        let n = DocumentParser.maxSchemaDepth - 1
        let schema = String(repeating: "{type: array, items: ", count: n) + "{type: string}" + String(repeating: "}", count: n)
        let model = try Self.model("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents: {schemas: {Deep: \(schema)}}\n")
        var depth = 0
        var s = model.schemas.first
        while let items = s?.items { depth += 1; s = items }
        #expect(depth == n && s?.kind == .string)
    }

    /// Found by the fuzzer: a relative `$ref` in a file that every path loads (as a symbolic link to
    /// its own directory would) reached ever longer paths, each a new file, without end.
    @Test func referencesThroughEverLongerPathsEnd() throws {
        let spec = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                A: {properties: {b: {$ref: 'dir/api.yaml#/components/schemas/A'}}}
            """
        let start = ContinuousClock.now
        let error = try #require(throws: Diagnostics.self) {
            try Self.model(spec) { (path: String) throws(LoadError) -> Node in try YAMLLoader.load(bytes: Array(spec.utf8), file: path) }
        }
        #expect(error.items.first?.message.contains("more than \(SourceSet.maxFiles) files are referenced") == true, "\(error)")
        #expect(ContinuousClock.now - start < .seconds(10))
    }

    @Test func largeMappingsLoadInLinearTime() throws {
        // 200 000 keys: a linear scan per key would take minutes.
        var yaml = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\nx-big:\n"
        for i in 0..<200_000 { yaml += "  k\(i): \(i)\n" }
        let start = ContinuousClock.now
        let node = try YAMLLoader.load(bytes: Array(yaml.utf8), file: "big.yaml")
        #expect(node["x-big"]?.mapping?.entries.count == 200_000)
        #expect(ContinuousClock.now - start < .seconds(20))
        let duplicate = try #require(throws: LoadError.self) { try YAMLLoader.load(bytes: Array((yaml + "  k7: 7\n").utf8), file: "big.yaml") }
        #expect(duplicate.description == "big.yaml:200005:3: error: duplicate key 'k7'")
    }

    @Test func manyOperationsAndSchemasParseQuickly() throws {
        var yaml = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n"
        for i in 0..<3000 {
            yaml += "  /api/r\(i)/: {get: {operationId: r\(i)_list, tags: [r\(i)], responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/S\(i)'}}}}}}}\n"
        }
        yaml += "components:\n  schemas:\n"
        for i in 0..<3000 { yaml += "    S\(i): {type: object, properties: {next: {$ref: '#/components/schemas/S\((i + 1) % 3000)'}, url: {$ref: 'https://x.example/s.yaml'}}}\n" }
        let start = ContinuousClock.now
        var warnings: [Diagnostic] = []
        let root = try YAMLLoader.load(bytes: Array(yaml.utf8), file: "api.yaml")
        let sources = SourceSet(root: "api.yaml", node: root) { (p: String) throws(LoadError) -> Node in throw LoadError(file: p, mark: nil, message: "no such file") }
        let (document, w) = try DocumentParser.parse(sources: sources, rootFile: "api.yaml")
        warnings = w
        let model = ModelBuilder.build(document)
        #expect(model.operations.count == 3000 && model.schemas.count == 3000)
        #expect(warnings.count == 3000)
        #expect(ContinuousClock.now - start < .seconds(20))
    }

    // MARK: Writing

    @Test func aManifestNamingPathsOutsideTheDirectoryOrDirectoriesRemovesNothingThere() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appending(path: "out")
        try FileManager.default.createDirectory(at: out.appending(path: "sub"), withIntermediateDirectories: true)
        try "keep\n".write(to: dir.appending(path: "outside.md"), atomically: true, encoding: .utf8)
        try "keep\n".write(to: out.appending(path: "sub/mine.md"), atomically: true, encoding: .utf8)
        try "# hand-edited\n../outside.md\nsub\n/etc/hostname\n".write(to: out.appending(path: Writer.manifestName), atomically: true, encoding: .utf8)
        let summary = try Writer(directory: out).write(OutputSet([.init(path: "a.md", contents: "A\n")]))
        #expect(summary.removed.isEmpty)
        #expect(FileManager.default.fileExists(atPath: dir.appending(path: "outside.md").path))
        #expect(FileManager.default.fileExists(atPath: out.appending(path: "sub/mine.md").path))
    }

    @Test func generatedPathsOutsideTheDirectoryOrTwiceAreRefused() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let writer = Writer(directory: dir.appending(path: "out"))
        let set = OutputSet([.init(path: "../escape.md", contents: "x"), .init(path: "a.md", contents: "1"), .init(path: "a.md", contents: "2")])
        #expect(writer.conflicts(set).map(\.path) == ["../escape.md", "a.md"])
        #expect(throws: Writer.WriteError.self) { try writer.write(set) }
        #expect(!FileManager.default.fileExists(atPath: dir.appending(path: "out").path))
        #expect(!FileManager.default.fileExists(atPath: dir.appending(path: "escape.md").path))
    }

    @Test func anIdenticalFileInTheWayIsAdoptedNotRefused() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "same\n".write(to: dir.appending(path: "a.md"), atomically: true, encoding: .utf8)
        let summary = try Writer(directory: dir).write(OutputSet([.init(path: "a.md", contents: "same\n")]))
        #expect(summary.unchanged == ["a.md"])
    }
}
