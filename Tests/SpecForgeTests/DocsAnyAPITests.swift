import Foundation
import SpecForgeEmit
import SpecForgeIR
import SpecForgeKit
import SpecForgeParse
import Testing

/// The reference of any API, with no layout: every operation on a page, pages by tag, an index.
@Suite struct DocsAnyAPITests {
    static let petstore = """
        openapi: 3.0.3
        info: {title: Swagger Petstore, version: '1'}
        tags:
          - {name: pets, description: Everything about your pets.}
        paths:
          /pets:
            get:
              operationId: listPets
              tags: [pets]
              responses: {'200': {description: ok}}
          /pets/{petId}:
            get:
              operationId: showPetById
              tags: [pets]
              parameters: [{name: petId, in: path, required: true, schema: {type: string}}]
              responses: {'200': {description: ok}}
          /stores/{id}/orders:
            get:
              operationId: listOrders
              parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
              responses: {'200': {description: ok}}
        """

    static func basePath(_ paths: [String]) throws -> String {
        let yaml = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n"
            + paths.map { "  \($0):\n    get:\n      responses: {'200': {description: ok}}\n" }.joined()
        return try Fixtures.model(yaml).inferredBasePath
    }

    @Test func theBasePathIsThePrefixAllPathsShareAboveTheirLastSegment() throws {
        #expect(try Self.basePath(["/api/keys/", "/api/users/{id}/"]) == "/api/")
        #expect(try Self.basePath(["/v1/users/{id}", "/v1/groups"]) == "/v1/")
        #expect(try Self.basePath(["/pets", "/pets/{petId}"]) == "/")
        #expect(try Self.basePath(["/", "/repos/{owner}"]) == "/")
        #expect(try Self.basePath(["/{tenant}/a/b", "/{tenant}/a/c"]) == "/")
        #expect(try Self.basePath(["/repos/{owner}/{repo}/tags"]) == "/")
        #expect(try Self.basePath(["/v1/users/{id}/keys", "/v1/users/{id}/tags"]) == "/v1/")
    }

    @Test func everyOperationIsOnAPageByTagOrFirstSegment() throws {
        let pages = try Fixtures.docs(Self.petstore)
        #expect(pages.keys.sorted() == ["index.md", "uncategorized/pets/pets.md", "uncategorized/stores/stores.md"])
        #expect(pages["uncategorized/stores/stores.md"]?.contains("`/stores/{id}/orders`") == true)
    }

    @Test func aTagsDescriptionIntroducesItsPage() throws {
        let page = try #require(try Fixtures.docs(Self.petstore)["uncategorized/pets/pets.md"])
        #expect(page.hasPrefix("# Pets\n\nEverything about your pets.\n\n## Operations Summary\n"))
    }

    @Test func theIndexLinksEveryPageWithItsTagsDescription() throws {
        #expect(try Fixtures.docs(Self.petstore)["index.md"] == """
            # Swagger Petstore

            - [Pets](./uncategorized/pets/pets.md): Everything about your pets.
            - [Stores](./uncategorized/stores/stores.md)


            """)
    }

    @Test func aLayoutCanTurnTheIndexOff() throws {
        #expect(try Fixtures.docs(Self.petstore, layout: "index: false")["index.md"] == nil)
    }

    @Test func tagNamesBecomeFileNames() throws {
        let spec = Self.petstore.replacingOccurrences(of: "tags: [pets]", with: "tags: [Pet Store]")
        #expect(try Fixtures.docs(spec)["uncategorized/pet-store/pet-store.md"]?.hasPrefix("# Pet Store\n") == true)
    }

    static func warnings(_ spec: String, layout: String? = nil) throws -> [String] {
        let config = try layout.map { try DocsConfig.parse(try Fixtures.node($0, file: "layout.yaml"), file: "layout.yaml") { _ in nil } } ?? DocsConfig()
        let emitter = DocsEmitter(model: try Fixtures.model(spec), config: config, defaults: try Fixtures.docsDefaults, templates: try Fixtures.templates)
        return emitter.coverageWarnings(spec: "snippet.yaml", filteredOut: 0).map(\.description)
    }

    @Test func aBasePathNoPathHasIsAWarningAtTheLayoutsLine() throws {
        #expect(try Self.warnings(Self.petstore, layout: "index: false\nbase-path: /api/\n") == [
            "layout.yaml:2:12: warning: no operation is documented: no path starts with base-path '/api/' (the first is '/pets'); remove base-path to use the prefix all paths share"
        ])
        #expect(try Self.warnings(Self.petstore).isEmpty)
    }

    @Test func anOperationNoConfiguredSectionTakesIsAWarningAtTheSections() throws {
        let layout = """
            categories:
              - slug: shop
                title: Shop
                groups:
                  - slug: animals
                    title: Animals
                    pages:
                      pets:
                        sections:
                          - {title: Browsing, operations: [listPets]}
            """
        let config = try DocsConfig.parse(try Fixtures.node(layout, file: "layout.yaml"), file: "layout.yaml") { _ in nil }
        let emitter = DocsEmitter(model: try Fixtures.model(Self.petstore), config: config, defaults: try Fixtures.docsDefaults, templates: try Fixtures.templates)
        #expect(emitter.sectionWarnings(spec: "snippet.yaml").map(\.description) == [
            "layout.yaml:10:15: warning: operation 'showPetById' is in none of the sections of page shop/animals/pets.md and is left out; name it in a section or add a section with 'rest: true'"
        ])
        let withRest = layout + "\n              - {title: Other, rest: true}"
        let complete = try DocsConfig.parse(try Fixtures.node(withRest, file: "layout.yaml"), file: "layout.yaml") { _ in nil }
        #expect(DocsEmitter(model: try Fixtures.model(Self.petstore), config: complete, defaults: try Fixtures.docsDefaults, templates: try Fixtures.templates)
            .sectionWarnings(spec: "snippet.yaml").isEmpty)
    }

    @Test func aDocumentWithoutOperationsIsAWarning() throws {
        #expect(try Self.warnings("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n") == [
            "snippet.yaml:1:1: warning: no operation is documented: the document has no operations (its 'paths' are empty)"
        ])
    }

    @Test func documentingNothingFailsUnderWarningsAsErrors() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n".write(to: dir.appending(path: "api.yaml"), atomically: true, encoding: .utf8)
        let plain = try CommandLineTests.run(["generate", "--spec", "api.yaml", "--output", "out", "--only", "docs"], in: dir)
        #expect(plain.status == 0)
        #expect(plain.stderr == "api.yaml:1:1: warning: no operation is documented: the document has no operations (its 'paths' are empty)\n")
        let strict = try CommandLineTests.run(["generate", "--spec", "api.yaml", "--output", "strict", "--only", "docs", "--warnings-as-errors"], in: dir)
        #expect(strict.status == 2)
        #expect(strict.stderr.hasPrefix("api.yaml:1:1: error: no operation is documented"))
    }
}
