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

    static func run(_ arguments: [String], in directory: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
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
        #expect(generate.stdout.contains("1 written, 0 unchanged, 0 removed"))
        let check = try Self.run(["check", "--spec", "api.yaml", "--output", "out", "--only", "docs"], in: dir)
        #expect(check.status == 0)
        #expect(check.stdout == "specforge check: 0 stale, 0 missing, 0 extra\n")
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
}
