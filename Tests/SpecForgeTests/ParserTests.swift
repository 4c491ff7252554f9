import SpecForgeIR
import SpecForgeLoad
@testable import SpecForgeParse
import Testing

/// From the value tree to the typed document and the IR: `$ref`s, cycles, diagnostics.
@Suite struct ParserTests {
    static let petStore = """
        openapi: 3.0.3
        info: {title: Pets, version: '1'}
        paths:
          /pets/{id}:
            parameters:
              - $ref: '#/components/parameters/Id'
            get:
              operationId: getPet
              tags: [pets]
              responses:
                '200':
                  description: A pet
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Pet'}
                '404': {$ref: '#/components/responses/NotFound'}
        components:
          parameters:
            Id: {name: id, in: path, required: true, schema: {type: integer, format: int64}}
          responses:
            NotFound: {description: No such pet}
          schemas:
            Pet:
              type: object
              required: [name]
              properties:
                name: {type: string}
                parent: {$ref: '#/components/schemas/Pet'}
                tags: {type: array, items: {$ref: '#/components/schemas/Tag'}}
            Tag:
              type: string
              enum: [a, b]
        """

    @Test func referencesResolveToSharedSchemas() throws {
        let model = try Fixtures.model(Self.petStore)
        let op = try #require(model.operations.first)
        #expect(op.parameters.map(\.name) == ["id"])
        #expect(op.parameters.first?.schema.format == "int64")
        #expect(op.responses.map(\.status) == ["200", "404"])
        #expect(op.responses[1].description == "No such pet")
        let pet = try #require(op.responses[0].json?.schema)
        #expect(pet.name == "Pet")
        #expect(pet.fields.map(\.name) == ["name", "parent", "tags"])
        #expect(pet.fields[0].required && !pet.fields[1].required)
        // A cycle is one instance referring to itself.
        #expect(pet.fields[1].schema === pet)
        #expect(pet.fields[2].schema.items?.enumValues == [.string("a"), .string("b")])
    }

    @Test func componentSchemasKeepDocumentOrder() throws {
        let model = try Fixtures.model(Self.petStore)
        #expect(model.schemas.map { $0.name ?? "" } == ["Pet", "Tag"])
    }

    @Test func anUnresolvedReferenceNamesItselfAndWhereItIs() throws {
        let spec = Self.petStore.replacingOccurrences(of: "items: {$ref: '#/components/schemas/Tag'}", with: "items: {$ref: '#/components/schemas/Missing'}")
        let error = try #require(throws: Diagnostics.self) { try Fixtures.model(spec) }
        #expect(error.description == "snippet.yaml:29:43: error: unresolved reference '#/components/schemas/Missing': snippet.yaml has no 'Missing' at '/components/schemas/Missing'")
    }

    @Test func swaggerTwoIsRejectedWithTheSupportedVersions() throws {
        let error = try #require(throws: Diagnostics.self) { try Fixtures.model("swagger: '2.0'\ninfo: {title: T, version: '1'}\npaths: {}\n") }
        #expect(error.description == "snippet.yaml:1:1: error: Swagger 2.0 is not supported; SpecForge reads OpenAPI 3.0.x and 3.1.x (convert the document first)")
    }

    @Test func aDocumentThatIsNotOpenAPIIsRejected() throws {
        let error = try #require(throws: Diagnostics.self) { try Fixtures.model("name: something else\n") }
        #expect(error.description.contains("not an OpenAPI document"))
    }

    @Test func duplicateOperationIdsAreAnError() throws {
        let spec = """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths:
              /a:
                get: {operationId: same, responses: {'200': {description: ok}}}
              /b:
                get: {operationId: same, responses: {'200': {description: ok}}}
            """
        let error = try #require(throws: Diagnostics.self) { try Fixtures.model(spec) }
        #expect(error.description == "snippet.yaml:7:5: error: duplicate operationId 'same' (first used at snippet.yaml:5:5)")
    }

    /// The paths are parsed beside the component schemas; what both find comes out as if found in
    /// document order: component schemas, then what they refer to, then what only the paths do.
    static let sharedReferences = """
        openapi: 3.0.3
        info: {title: T, version: '1'}
        paths:
          /pets:
            get:
              operationId: listPets
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          owner: {$ref: '#/definitions/Owner'}
                          tag: {$ref: '#/definitions/Tag'}
        components:
          schemas:
            Pet:
              type: object
              properties:
                tag: {$ref: '#/definitions/Tag'}
        definitions:
          Tag: {type: string}
          Owner: {type: object, properties: {name: {type: string}}}
        """

    @Test func schemasReachedFromPathsAndComponentsKeepDocumentOrder() throws {
        #expect(try Fixtures.model(Self.sharedReferences).schemas.map { $0.name ?? "" } == ["Pet", "Tag", "Owner"])
    }

    /// The paths are parsed in runs on every core (`DocumentParser.pathsRuns`); the diagnostics
    /// still come in document order: each path item's own, then its operations' duplicate ids,
    /// whether the first use is in the same run or an earlier one; a broken file's own error once,
    /// after its first reference, even when a later run met it too.
    @Test func pathRunsKeepDocumentOrderAndFindDuplicateIdsAcrossRuns() throws {
        let count = DocumentParser.pathsRuns * 3 + 1
        var paths = ""
        var expected: [String] = []
        var used: Set<String> = []
        for i in 0..<count {
            // Every fifth item reuses the id of the first (an earlier run), every seventh the id of
            // the item before it; every third has an unresolved reference; three refer to a
            // broken file (the last right after a duplicate id in the same run).
            let id = i > 0 && i % 5 == 0 ? "op0" : i > 0 && i % 7 == 0 ? "op\(i - 1)" : "op\(i)"
            let parameter = i % 3 == 0 ? "{$ref: '#/nope'}" : [1, 23, count - 3].contains(i) ? "{$ref: 'other.yaml#/P'}" : ""
            let line = 4 + i * 2
            paths += "  /p\(i):\n    get: {operationId: \(id), parameters: [\(parameter)], responses: {'200': {description: ''}}}\n"
            if !parameter.isEmpty { expected.append("snippet.yaml:\(line + 1)") }
            if i == 1 { expected.append("other.yaml:2") }
            if !used.insert(id).inserted { expected.append("snippet.yaml:\(line + 1) dup") }
        }
        let spec = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n" + paths
        let error = try #require(throws: Diagnostics.self) { try Fixtures.model(spec, extraFiles: ["other.yaml": "P: [unclosed\n"]) }
        let got = error.items.map { "\($0.file):\($0.mark.line)" + ($0.message.hasPrefix("duplicate") ? " dup" : "") }
        #expect(got == expected, "\(error)")
    }

    @Test func errorsInComponentsAndPathsKeepDocumentOrder() throws {
        let spec = Self.sharedReferences
            .replacingOccurrences(of: "    Pet:\n", with: "    '???':\n")
            .replacingOccurrences(of: "$ref: '#/definitions/Owner'", with: "$ref: 'other.yaml#/Owner'")
            .replacingOccurrences(of: "tag: {$ref: '#/definitions/Tag'}\ndefinitions", with: "tag: {$ref: 'other.yaml#/Tag'}\ndefinitions")
        let error = try #require(throws: Diagnostics.self) { try Fixtures.model(spec, extraFiles: ["other.yaml": "Owner: [unclosed\n"]) }
        // The file's own error once, after the first reference to it (a component's); then the path's.
        #expect(error.items.map { "\($0.file):\($0.mark.line)" } == ["snippet.yaml:19", "snippet.yaml:22", "other.yaml:2", "snippet.yaml:15"], "\(error)")
    }

    @Test func openAPI31TypeListsAndNull() throws {
        let spec = """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Maybe: {type: [string, 'null'], format: date}
            """
        let maybe = try #require(try Fixtures.model(spec).schemas.first)
        #expect(maybe.types == ["string"] && maybe.nullable && maybe.kind == .string)
    }

    @Test func resourcesGroupByTagAndSplitNestedCollections() throws {
        let spec = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /api/keys/: {get: {operationId: keys_list, tags: [keys], responses: {'200': {description: ''}}}}
              /api/keys/{id}/: {get: {operationId: keys_retrieve, tags: [keys], responses: {'200': {description: ''}}}}
              /api/admin/x/syncs/{id}/: {get: {operationId: admin_x_syncs_retrieve, tags: [admin], responses: {'200': {description: ''}}}}
              /api/admin/x/items/{id}/: {get: {operationId: admin_x_items_retrieve, tags: [admin], responses: {'200': {description: ''}}}}
              /api/admin/x/items/: {get: {operationId: admin_x_items_list, tags: [admin], responses: {'200': {description: ''}}}}
              /api-auth/login/: {post: {operationId: login, tags: [auth], responses: {'200': {description: ''}}}}
            """
        let resources = try Fixtures.model(spec).resources(basePath: "/api/", methods: [.get, .post])
        #expect(resources.map(\.key) == ["keys", "admin-x-syncs", "admin-x-items"])
        #expect(resources[2].operations.map(\.operationId) == ["admin_x_items_retrieve", "admin_x_items_list"])
    }
}
