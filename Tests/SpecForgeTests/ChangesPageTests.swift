import Foundation
import Testing

/// The layout's `changes:` entry: the page of changes since an earlier document, written beside
/// the reference pages and linked from the index; `check` finds it stale when either document changes.
@Suite struct ChangesPageTests {
    static let previous = """
        openapi: 3.0.3
        info: {title: T, version: 1.0.0}
        paths:
          /api/things/:
            get:
              operationId: things_list
              tags: [things]
              responses: {'200': {description: ok}}
        """

    static let current = """
        openapi: 3.0.3
        info: {title: T, version: 1.1.0}
        paths:
          /api/things/:
            get:
              operationId: things_list
              tags: [things]
              parameters: [{name: q, in: query, schema: {type: string}}]
              responses: {'200': {description: ok}}
        """

    static let layout = """
        index: {path: index.md, title: API Reference}
        categories:
          - slug: core
            title: Core
            groups:
              - {slug: things, title: Things, pages: {things: things}}
        changes:
          previous: old/api.yaml
          path: api-changes/api-{version}-diff.md
          title: API changes
        """

    @Test func generateWritesThePageAndCheckCatchesItsDrift() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appending(path: "specs/old"), withIntermediateDirectories: true)
        try Self.previous.write(to: dir.appending(path: "specs/old/api.yaml"), atomically: true, encoding: .utf8)
        try Self.current.write(to: dir.appending(path: "api.yaml"), atomically: true, encoding: .utf8)
        try Self.layout.write(to: dir.appending(path: "specs/layout.yaml"), atomically: true, encoding: .utf8)
        let arguments = ["--spec", "api.yaml", "--layout", "specs/layout.yaml", "--output", "docs", "--only", "docs"]

        let generate = try CommandLineTests.run(["generate"] + arguments, in: dir)
        #expect(generate.status == 0, "\(generate.stderr)")
        let page = try String(contentsOf: dir.appending(path: "docs/api-changes/api-1.1.0-diff.md"), encoding: .utf8)
        #expect(page == """
            # OpenAPI schema diff - 1.1.0

            ## For version 1.1.0

            ### New Endpoints: None

            -----------------------

            ### Deleted Endpoints: None

            ---------------------------

            ### Modified Endpoints: 1

            -------------------------
            GET /api/things/

            - New query param: q

            """)
        let index = try String(contentsOf: dir.appending(path: "docs/index.md"), encoding: .utf8)
        #expect(index.hasSuffix("\n## API changes\n\n- [API changes in 1.1.0](./api-changes/api-1.1.0-diff.md)\n"), "\(index)")

        #expect(try CommandLineTests.run(["check"] + arguments, in: dir).status == 0)
        // The earlier document changes: the page is stale.
        try Self.previous.replacingOccurrences(of: "tags: [things]", with: "tags: [things]\n      summary: List")
            .write(to: dir.appending(path: "specs/old/api.yaml"), atomically: true, encoding: .utf8)
        let check = try CommandLineTests.run(["check"] + arguments, in: dir)
        #expect(check.status == 1)
        #expect(check.stdout.contains("docs/api-changes/api-1.1.0-diff.md"), "\(check.stdout)")
        #expect(check.stdout.contains("+- Summary changed from 'List' to ''"), "\(check.stdout)")
    }

    @Test func aMissingPreviousDocumentIsAnErrorAndNothingIsWritten() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appending(path: "specs"), withIntermediateDirectories: true)
        try Self.current.write(to: dir.appending(path: "api.yaml"), atomically: true, encoding: .utf8)
        try Self.layout.write(to: dir.appending(path: "specs/layout.yaml"), atomically: true, encoding: .utf8)
        let run = try CommandLineTests.run(["generate", "--spec", "api.yaml", "--layout", "specs/layout.yaml", "--output", "docs", "--only", "docs"], in: dir)
        #expect(run.status == 2)
        #expect(run.stderr.contains("specs/old/api.yaml:1:1: error: no such file"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appending(path: "docs").path))
    }
}
