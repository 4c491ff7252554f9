import Foundation
import Testing

/// `specforge diff` as CI runs it: exit status 0 / 1 / 2, findings on stdout, errors on stderr.
@Suite struct DiffCommandTests {
    static let old = """
        openapi: 3.0.3
        info: {title: T, version: '1'}
        paths:
          /pets:
            get:
              responses: {'200': {description: ok, content: {application/json: {schema: {type: array, items: {type: string, enum: [cat]}}}}}}
            delete:
              responses: {'204': {description: gone}}
        """

    /// One error-level change (DELETE removed) and one warning (an enum value added to a response).
    static let new = """
        openapi: 3.0.3
        info: {title: T, version: '2'}
        paths:
          /pets:
            get:
              responses: {'200': {description: ok, content: {application/json: {schema: {type: array, items: {type: string, enum: [cat, dog]}}}}}}
        """

    /// Only the warning.
    static let newCompatible = """
        openapi: 3.0.3
        info: {title: T, version: '2'}
        paths:
          /pets:
            get:
              responses: {'200': {description: ok, content: {application/json: {schema: {type: array, items: {type: string, enum: [cat, dog]}}}}}}
            delete:
              responses: {'204': {description: gone}}
        """

    static func files(_ pairs: [String: String]) throws -> URL {
        let dir = try Fixtures.temporaryDirectory()
        for (name, text) in pairs { try text.write(to: dir.appending(path: name), atomically: true, encoding: .utf8) }
        return dir
    }

    @Test func breakingExitsOneOnAnErrorLevelChange() throws {
        let dir = try Self.files(["old.yaml": Self.old, "new.yaml": Self.new])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CommandLineTests.run(["diff", "--breaking", "old.yaml", "new.yaml"], in: dir)
        #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("old.yaml:7:5: error: [endpoint-removed] DELETE /pets: endpoint removed\n"))
        #expect(run.stdout.contains("new.yaml:6:123: warning: [response-enum-value-added] GET /pets:"))
        #expect(run.stdout.hasSuffix("2 breaking changes: 1 error, 1 warning, 0 infos\n"))
    }

    @Test func warningsPassUnlessFailOnWarning() throws {
        let dir = try Self.files(["old.yaml": Self.old, "new.yaml": Self.newCompatible])
        defer { try? FileManager.default.removeItem(at: dir) }
        let lenient = try CommandLineTests.run(["diff", "--breaking", "old.yaml", "new.yaml"], in: dir)
        #expect(lenient.status == 0, "\(lenient.stdout)\(lenient.stderr)")
        let strict = try CommandLineTests.run(["diff", "--breaking", "--fail-on", "warning", "old.yaml", "new.yaml"], in: dir)
        #expect(strict.status == 1, "\(strict.stdout)\(strict.stderr)")
    }

    @Test func markdownPageNamesTheNewVersionOrTheTitle() throws {
        let dir = try Self.files(["old.yaml": Self.old, "new.yaml": Self.new])
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = try CommandLineTests.run(["diff", "--format", "markdown", "old.yaml", "new.yaml"], in: dir)
        #expect(page.status == 0)
        #expect(page.stdout.hasPrefix("# OpenAPI schema diff - 2\n\n## For version 2\n\n### New Endpoints: None\n"))
        let titled = try CommandLineTests.run(["diff", "--format", "markdown", "--title", "2.0-rc1", "old.yaml", "new.yaml"], in: dir)
        #expect(titled.stdout.hasPrefix("# OpenAPI schema diff - 2.0-rc1\n"))
    }

    @Test func badInputIsReportedWithItsPositionAndExitsTwo() throws {
        let dir = try Self.files(["old.yaml": Self.old, "broken.yaml": "openapi: 3.0.3\ninfo: {title: T\npaths: {}\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        for arguments in [["diff", "old.yaml", "broken.yaml"], ["diff", "--breaking", "broken.yaml", "old.yaml"]] {
            let run = try CommandLineTests.run(arguments, in: dir)
            #expect(run.status == 2)
            #expect(run.stdout.isEmpty)
            #expect(run.stderr.hasPrefix("broken.yaml:"), "\(run.stderr)")
            #expect(run.stderr.contains(": error: "), "\(run.stderr)")
        }
        let missing = try CommandLineTests.run(["diff", "old.yaml", "nowhere.yaml"], in: dir)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nowhere.yaml:1:1: error: no such file"), "\(missing.stderr)")
    }

    /// A document split over files: references into other files are followed, and a finding
    /// points into the file where the change is.
    @Test func multiFileDocumentsPointIntoTheirFiles() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for side in ["old", "new"] {
            try FileManager.default.copyItem(atPath: Fixtures.path("Tests/SpecForgeTests/MultiFile"), toPath: dir.appending(path: side).path)
        }
        let schema = dir.appending(path: "new/schemas/new-pet.yaml")
        try String(contentsOf: schema, encoding: .utf8).replacingOccurrences(of: "required: [name]", with: "required: [name, tag]")
            .write(to: schema, atomically: true, encoding: .utf8)
        let run = try CommandLineTests.run(["diff", "--breaking", "old/openapi.yaml", "new/openapi.yaml"], in: dir)
        #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.hasPrefix("new/schemas/new-pet.yaml:2:11: error: [request-property-became-required] POST /api/pets/: request body, application/json:"), "\(run.stdout)")
    }
}
