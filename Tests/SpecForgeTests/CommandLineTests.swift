import Foundation
import Testing

/// The `specforge` command as users and CI run it: exit codes, messages, and untouched output on failure.
@Suite struct CommandLineTests {
    /// The `specforge` binary built beside the test bundle.
    static var binary: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appending(path: "specforge")
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    static let spec = """
        openapi: 3.0.3
        info: {title: T, version: '1'}
        paths:
          /api/things/:
            get:
              operationId: things_list
              tags: [things]
              responses: {'200': {description: ok}}
        """

    @Test func generateThenCheckIsCurrent() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.spec.write(to: dir.appending(path: "api.yaml"), atomically: true, encoding: .utf8)
        let generate = try Self.run(["generate", "--spec", "api.yaml", "--output", "out", "--only", "docs"], in: dir)
        #expect(generate.status == 0, "\(generate.stderr)")
        #expect(generate.stdout.contains("2 written, 0 unchanged, 0 removed"))  // the page and the index
        let check = try Self.run(["check", "--spec", "api.yaml", "--output", "out", "--only", "docs"], in: dir)
        #expect(check.status == 0)
        #expect(check.stdout == "specforge check: 0 stale, 0 missing, 0 extra\n")
    }

    @Test("SPECFORGE_TRACE=1: each phase of generate writes when it ended, the CPU time and the memory resident then on standard error, in the order the phases end")
    func trace() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.spec.write(to: dir.appending(path: "api.yaml"), atomically: true, encoding: .utf8)
        let plain = try Self.run(["generate", "--spec", "api.yaml", "--output", "plain"], in: dir)
        #expect(plain.status == 0 && !plain.stderr.contains("trace"), "\(plain.stderr)")
        let traced = try Self.run(["generate", "--spec", "api.yaml", "--output", "out"], in: dir, environment: ["SPECFORGE_TRACE": "1"])
        #expect(traced.status == 0, "\(traced.stderr)")
        let lines = traced.stderr.split(separator: "\n").filter { $0.hasPrefix("specforge: trace ") }
        // specforge: trace   24.6 ms   40.1 ms cpu   41.0 MB parsed
        let fields = lines.map { $0.split(separator: " ").map(String.init) }
        let phases = lines.map { $0.split(separator: " MB ", maxSplits: 1).last.map(String.init) ?? "" }
        for phase in ["loaded", "parsed", "IR built", "emitters start", "DocsEmitter done", "Swift SDK analysed", "SwiftEmitter done", "emitters done", "written"] {
            #expect(phases.contains(phase), "\(traced.stderr)")
        }
        let times = fields.compactMap { $0.count > 8 && $0[3] == "ms" ? Double($0[2]) : nil }
        #expect(times.count == lines.count && times == times.sorted())
        let cpu = fields.compactMap { $0.count > 8 && $0[5] == "ms" && $0[6] == "cpu" ? Double($0[4]) : nil }
        #expect(cpu.count == lines.count && cpu == cpu.sorted())
        let resident = fields.compactMap { $0.count > 8 && $0[8] == "MB" ? Double($0[7]) : nil }
        #expect(resident.count == lines.count)
        #if os(Linux)
        #expect(resident.allSatisfy { $0 > 0 } && cpu.allSatisfy { $0 > 0 })
        #endif
        #expect(phases.first == "loaded" && phases.last == "written")
    }

    @Test("--model-files chooses a file per tag (the default) or per type; another value is refused")
    func modelFilesOption() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let spec = Self.spec.replacingOccurrences(
            of: "responses: {'200': {description: ok}}",
            with: "responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}}")
            + "\ncomponents: {schemas: {Thing: {type: object, properties: {name: {type: string}}}}}\n"
        try spec.write(to: dir.appending(path: "api.yaml"), atomically: true, encoding: .utf8)
        func models(_ extra: [String]) throws -> [String] {
            let out = dir.appending(path: "out-\(extra.joined())")
            let run = try Self.run(["generate", "--spec", "api.yaml", "--output", out.path, "--only", "swift"] + extra, in: dir)
            #expect(run.status == 0, "\(run.stderr)")
            return try FileManager.default.contentsOfDirectory(atPath: out.appending(path: "Models").path).sorted()
        }
        #expect(try models([]) == ["Things.swift"])
        #expect(try models(["--model-files", "per-type"]) == ["Thing.swift"])
        let refused = try Self.run(["generate", "--spec", "api.yaml", "--output", "x", "--only", "swift", "--model-files", "per-file"], in: dir)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("per-file"))
    }

    @Test func checkExitsOneWithADiffWhenOutputDrifted() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.spec.write(to: dir.appending(path: "api.yaml"), atomically: true, encoding: .utf8)
        _ = try Self.run(["generate", "--spec", "api.yaml", "--output", "out", "--only", "docs"], in: dir)
        let page = dir.appending(path: "out/uncategorized/things/things.md")
        try (try String(contentsOf: page, encoding: .utf8)).replacingOccurrences(of: "# Things", with: "# Stuff").write(to: page, atomically: true, encoding: .utf8)
        let check = try Self.run(["check", "--spec", "api.yaml", "--output", "out", "--only", "docs"], in: dir)
        #expect(check.status == 1)
        #expect(check.stdout.contains("-# Stuff\n+# Things\n"))
        #expect(check.stdout.hasSuffix("specforge check: 1 stale, 0 missing, 0 extra\n"))
        let quiet = try Self.run(["check", "--quiet", "--spec", "api.yaml", "--output", "out", "--only", "docs"], in: dir)
        #expect(quiet.stdout == "specforge check: 1 stale, 0 missing, 0 extra\n")
    }

    @Test func badInputFailsWithALocationAndLeavesOutputUntouched() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.spec.write(to: dir.appending(path: "api.yaml"), atomically: true, encoding: .utf8)
        _ = try Self.run(["generate", "--spec", "api.yaml", "--output", "out", "--only", "docs"], in: dir)
        let before = try String(contentsOf: dir.appending(path: "out/uncategorized/things/things.md"), encoding: .utf8)
        try (Self.spec + "\n  broken: [\n").write(to: dir.appending(path: "api.yaml"), atomically: true, encoding: .utf8)
        let generate = try Self.run(["generate", "--spec", "api.yaml", "--output", "out", "--only", "docs"], in: dir)
        #expect(generate.status == 2)
        #expect(generate.stderr.hasPrefix("api.yaml:"), "\(generate.stderr)")
        #expect(generate.stderr.contains(": error: "))
        #expect(try String(contentsOf: dir.appending(path: "out/uncategorized/things/things.md"), encoding: .utf8) == before)
        let check = try Self.run(["check", "--spec", "api.yaml", "--output", "out", "--only", "docs"], in: dir)
        #expect(check.status == 2)
    }

    @Test func aMissingSpecIsReported() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try Self.run(["generate", "--spec", "nope.yaml", "--output", "out"], in: dir)
        #expect(run.status == 2)
        #expect(run.stderr == "nope.yaml:1:1: error: no such file\n")
    }

    // MARK: Bad input

    /// Every file, with its bytes, below `directory` (hidden files included).
    static func snapshot(_ directory: URL) -> [String: Data] {
        var out: [String: Data] = [:]
        for relative in FileManager.default.subpaths(atPath: directory.path) ?? [] {
            if let data = FileManager.default.contents(atPath: directory.appending(path: relative).path) { out[relative] = data }
        }
        return out
    }

    /// The files of `BadInputTests`, run from the test directory so that every message names the
    /// file exactly as given on the command line.
    @Test(arguments: BadInputTests.cases)
    func eachBrokenInputFromTheCommandLine(_ name: String) throws {
        let header = try BadInputTests.header(name)
        let out = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        var arguments = ["generate"]
        if name.hasSuffix(".specforge.yaml") {
            arguments += ["--config", "BadInput/\(name)"]
        } else if name.hasSuffix(".layout.yaml") {
            arguments += ["--spec", "BadInput/support/minimal.yaml", "--only", "docs", "--layout", "BadInput/\(name)", "--output", out.path + "/out"]
        } else {
            arguments += ["--spec", "BadInput/\(name)", "--output", out.path + "/out"]
            if let templates = header.templates { arguments += ["--templates", "BadInput/" + templates] }
        }
        let run = try Self.run(arguments, in: BadInputTests.directory)
        let firstLine = run.stderr.split(separator: "\n").first.map(String.init) ?? ""
        #expect(firstLine == header.expect)
        if header.expect.contains(": error: ") {
            #expect(run.status == 2, "\(name): \(run.stderr)")
            #expect(run.stdout.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: out.path + "/out"), "\(name) wrote output")
        } else {
            #expect(run.status == 0, "\(name): \(run.stderr)")
        }
    }

    @Test func aDirectoryGivenAsTheSpecIsReported() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appending(path: "api.yaml"), withIntermediateDirectories: true)
        let run = try Self.run(["generate", "--spec", "api.yaml", "--output", "out"], in: dir)
        #expect(run.status == 2)
        #expect(run.stderr == "api.yaml:1:1: error: is a directory, not a file\n")
    }

    @Test func warningsAreReportedOnceAndCanBeErrors() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // One unsupported parameter, used by two operations: one warning.
        let spec = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /api/things/:
                get: {operationId: things_list, tags: [things], parameters: [{$ref: '#/components/parameters/Body'}], responses: {'200': {description: ok}}}
                post: {operationId: things_create, tags: [things], parameters: [{$ref: '#/components/parameters/Body'}], responses: {'200': {description: ok}}}
            components:
              parameters:
                Body: {name: thing, in: body}
            """
        try spec.write(to: dir.appending(path: "api.yaml"), atomically: true, encoding: .utf8)
        let warning = "api.yaml:9:29: warning: parameter 'thing' has unsupported 'in: body' (expected path, query, header or cookie); the parameter is ignored\n"
        let lenient = try Self.run(["generate", "--spec", "api.yaml", "--output", "out", "--only", "docs"], in: dir)
        #expect(lenient.status == 0)
        #expect(lenient.stderr == warning)
        try FileManager.default.removeItem(at: dir.appending(path: "out"))
        let strict = try Self.run(["generate", "--warnings-as-errors", "--spec", "api.yaml", "--output", "out", "--only", "docs"], in: dir)
        #expect(strict.status == 2)
        #expect(strict.stderr == warning.replacingOccurrences(of: ": warning: ", with: ": error: ")
            + "specforge: error: 1 warning(s) treated as errors (--warnings-as-errors); nothing was written\n")
        #expect(!FileManager.default.fileExists(atPath: dir.appending(path: "out").path))
        let check = try Self.run(["check", "--warnings-as-errors", "--spec", "api.yaml", "--output", "out", "--only", "docs"], in: dir)
        #expect(check.status == 2)
        // Two jobs from one spec: still one warning.
        try "jobs:\n  - {spec: api.yaml, docs: {output: a}}\n  - {spec: api.yaml, docs: {output: b}}\n"
            .write(to: dir.appending(path: "specforge.yaml"), atomically: true, encoding: .utf8)
        let jobs = try Self.run(["generate"], in: dir)
        #expect(jobs.status == 0)
        #expect(jobs.stderr == warning)
    }

    @Test func whatTheSwiftSDKCannotRepresentIsALocatedWarning() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let spec = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  security: [{mtls: []}, {key: []}]
                  responses:
                    '200': {description: ok, content: {application/json: {schema: {type: string}}}}
                    2XX: {description: later, content: {application/json: {schema: {type: integer}}}}
              /b:
                get: {security: [{mtls: []}], responses: {'204': {description: ok}}}
            components:
              securitySchemes:
                mtls: {type: mutualTLS}
                key: {type: apiKey, in: header, name: X-Key}
            """
        try spec.write(to: dir.appending(path: "api.yaml"), atomically: true, encoding: .utf8)
        let run = try Self.run(["generate", "--spec", "api.yaml", "--output", "out", "--only", "swift"], in: dir)
        #expect(run.status == 0)
        #expect(run.stderr.split(separator: "\n").map(String.init) == [
            "api.yaml:14:18: warning: security scheme 'mtls' has unsupported type 'mutualTLS' (expected apiKey, http, oauth2 or openIdConnect); it is ignored",
            "api.yaml:5:5: warning: GET /a: the Swift client decodes every success response as the body of 200; the different body of 2XX is not represented",
            "api.yaml:5:5: warning: security scheme 'mtls' is not declared in components.securitySchemes (or is of a type SpecForge ignores); the security alternatives that need it are left out of GET /a (and 1 other operation)",
        ])
        let strict = try Self.run(["generate", "--warnings-as-errors", "--spec", "api.yaml", "--output", "strict", "--only", "swift"], in: dir)
        #expect(strict.status == 2)
        #expect(!FileManager.default.fileExists(atPath: dir.appending(path: "strict").path))
    }

    @Test func linksAndBodiesTheSDKPassesAsBytesFailUnderWarningsAsErrors() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let spec = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /a:
                post:
                  requestBody: {content: {application/xml: {schema: {type: object, properties: {x: {type: string}}}}}}
                  responses:
                    '204': {description: ok, links: {Next: {operationId: b}}}
            """
        try spec.write(to: dir.appending(path: "api.yaml"), atomically: true, encoding: .utf8)
        let strict = try Self.run(["generate", "--warnings-as-errors", "--spec", "api.yaml", "--output", "out", "--only", "swift"], in: dir)
        #expect(strict.status == 2)
        #expect(strict.stderr.split(separator: "\n").map(String.init) == [
            "api.yaml:8:34: error: 'links' are not supported; the links of response '204' are ignored",
            "api.yaml:5:5: error: POST /a: the request body of media type application/xml is neither JSON, a form nor multipart; the Swift client passes it as Data, and its schema is not represented",
            "specforge: error: 2 warning(s) treated as errors (--warnings-as-errors); nothing was written",
        ])
        #expect(!FileManager.default.fileExists(atPath: dir.appending(path: "out").path))
    }

    @Test func aFileTheUserWroteIsNeverOverwritten() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.spec.write(to: dir.appending(path: "api.yaml"), atomically: true, encoding: .utf8)
        let page = dir.appending(path: "out/uncategorized/things/things.md")
        try FileManager.default.createDirectory(at: page.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "my own notes\n".write(to: page, atomically: true, encoding: .utf8)
        let before = Self.snapshot(dir)
        let run = try Self.run(["generate", "--spec", "api.yaml", "--output", "out", "--only", "docs"], in: dir)
        #expect(run.status == 2)
        #expect(run.stderr == "out/uncategorized/things/things.md: error: would overwrite a file SpecForge did not generate (it is not in .specforge-manifest); move it away or delete it; nothing was written\n")
        #expect(Self.snapshot(dir) == before)
        // Once the user moves it away, generation goes ahead; a later run owns the file.
        try FileManager.default.removeItem(at: page)
        #expect(try Self.run(["generate", "--spec", "api.yaml", "--output", "out", "--only", "docs"], in: dir).status == 0)
        #expect(try Self.run(["generate", "--spec", "api.yaml", "--output", "out", "--only", "docs"], in: dir).status == 0)
    }

    @Test func aConflictInOneOutputStopsEveryOutput() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.spec.write(to: dir.appending(path: "api.yaml"), atomically: true, encoding: .utf8)
        try """
            jobs:
              - {spec: api.yaml, docs: {output: first}}
              - {spec: api.yaml, docs: {output: second}}
            """.write(to: dir.appending(path: "specforge.yaml"), atomically: true, encoding: .utf8)
        // A directory where the second output's page goes.
        try FileManager.default.createDirectory(at: dir.appending(path: "second/uncategorized/things/things.md/mine"), withIntermediateDirectories: true)
        let before = Self.snapshot(dir)
        let run = try Self.run(["generate"], in: dir)
        #expect(run.status == 2)
        #expect(run.stderr == "second/uncategorized/things/things.md: error: would replace a directory of the same name; nothing was written\n")
        #expect(Self.snapshot(dir) == before)
        #expect(!FileManager.default.fileExists(atPath: dir.appending(path: "first").path))
    }

    @Test func anErrorLeavesEveryGeneratedFileAndTheManifestAsTheyWere() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.spec.write(to: dir.appending(path: "api.yaml"), atomically: true, encoding: .utf8)
        #expect(try Self.run(["generate", "--spec", "api.yaml", "--output", "out"], in: dir).status == 0)
        try "mine\n".write(to: dir.appending(path: "out/Docs/notes.md"), atomically: true, encoding: .utf8)
        let before = Self.snapshot(dir.appending(path: "out"))
        #expect(before[".specforge-manifest"] == nil && before["Docs/.specforge-manifest"] != nil)
        // The spec now has an unresolved reference.
        try (Self.spec + "\n          content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}\n")
            .replacingOccurrences(of: "responses: {'200': {description: ok}}", with: "responses:\n        '200':\n          description: ok")
            .write(to: dir.appending(path: "api.yaml"), atomically: true, encoding: .utf8)
        let run = try Self.run(["generate", "--spec", "api.yaml", "--output", "out"], in: dir)
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("api.yaml:11:"), "\(run.stderr)")
        #expect(run.stderr.contains(": error: unresolved reference '#/components/schemas/Thing'"))
        #expect(Self.snapshot(dir.appending(path: "out")) == before)
    }
}
