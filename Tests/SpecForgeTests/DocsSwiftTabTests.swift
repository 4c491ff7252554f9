@testable import SpecForgeEmit
import SpecForgeWrite
import Testing

/// The Swift tab of the Markdown examples: off unless the layout turns it on; when on, a call of
/// the generated SDK's client method with the other tabs' example values.
@Suite struct DocsSwiftTabTests {
    static let spec = """
        openapi: 3.0.3
        info: {title: Pets, version: '1'}
        components:
          securitySchemes:
            token: {type: apiKey, in: header, name: Authorization}
          schemas:
            Pet:
              type: object
              properties:
                uuid: {type: string, format: uuid, readOnly: true}
                name: {type: string}
            PetRequest:
              type: object
              required: [name, kind, born, owner_uuid, vaccinated, tags, weight, homepage, collar]
              properties:
                name: {type: string}
                kind: {$ref: '#/components/schemas/KindEnum'}
                born: {type: string, format: date-time}
                owner_uuid: {type: string, format: uuid}
                vaccinated: {type: boolean}
                tags: {type: array, items: {type: string}}
                weight: {type: number}
                homepage: {type: string, format: uri}
                nickname: {type: string, nullable: true}
                collar:
                  type: object
                  required: [color, size]
                  properties:
                    color: {type: string, enum: [red, blue]}
                    size: {type: integer}
            KindEnum: {type: string, enum: [cat, dog]}
        security: [{token: []}]
        paths:
          /api/pets/:
            get:
              operationId: pets_list
              tags: [pets]
              parameters:
                - {name: kind, in: query, required: true, schema: {$ref: '#/components/schemas/KindEnum'}}
                - {name: page, in: query, schema: {type: integer}}
              responses:
                '200':
                  description: ''
                  content:
                    application/json:
                      schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}
            post:
              operationId: pets_create
              tags: [pets]
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/PetRequest'}
              responses:
                '201':
                  description: Created
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Pet'}
          /api/pets/{uuid}/:
            get:
              operationId: pets_retrieve
              tags: [pets]
              parameters:
                - {name: uuid, in: path, required: true, schema: {type: string, format: uuid}}
              responses:
                '200':
                  description: ''
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Pet'}
          /api/pets/{uuid}/feed/:
            post:
              operationId: pets_feed
              tags: [pets]
              parameters:
                - {name: uuid, in: path, required: true, schema: {type: string, format: uuid}}
              responses:
                '204': {description: Fed}
        """

    static let layout = """
        examples:
          swift: {enabled: true, module: PetsAPI}
          typescript: {package: pets-client}
        """

    static var page: String {
        get throws { try #require(try Fixtures.docs(spec, layout: layout)["uncategorized/pets/pets.md"]) }
    }

    @Test func theTabIsOffByDefault() throws {
        for layout in ["examples: {}", "examples: {swift: {enabled: false, module: PetsAPI}}"] {
            let page = try #require(try Fixtures.docs(Self.spec, layout: layout)["uncategorized/pets/pets.md"])
            #expect(!page.contains("=== \"Swift\""))
            #expect(!page.contains("```swift"))
        }
    }

    @Test func aGetWithAPathParameterFollowsTheTypeScriptTab() throws {
        #expect(try Self.page.contains("""
                  console.error('Error:', error);
                }
                ```

            === "Swift"

                ```swift
                import Foundation
                import PetsAPI
                
                let client = Client(serverURL: URL(string: "https://api.example.com")!, token: "YOUR_API_TOKEN")
                
                let result = try await client.petsRetrieve(uuid: UUID(uuidString: "a1b2c3d4-e5f6-7890-abcd-ef1234567890")!)
                
                print(result)
                ```


            === "Path Parameters"
            """))
    }

    @Test func aPostBuildsTheBodyModelFromTheRequiredFields() throws {
        #expect(try Self.page.contains("""
            === "Swift"

                ```swift
                import Foundation
                import PetsAPI
                
                let client = Client(serverURL: URL(string: "https://api.example.com")!, token: "YOUR_API_TOKEN")
                
                let body = PetRequest(
                    name: "my-awesome-pet",
                    kind: .cat,
                    born: ISO8601DateFormatter().date(from: "2023-10-01T12:00:00Z")!,
                    ownerUuid: UUID(uuidString: "a1b2c3d4-e5f6-7890-abcd-ef1234567890")!,
                    vaccinated: true,
                    tags: [],
                    weight: 123.45,
                    homepage: URL(string: "https://api.example.com/api/homepage/a1b2c3d4-e5f6-7890-abcd-ef1234567890/")!,
                    collar: PetRequest.Collar(color: .red, size: 100)
                )
                let result = try await client.petsCreate(body: body)
                
                print(result)
                ```
            """))
    }

    @Test func listsArePrintedItemByItemAndRequiredQueryParametersPassed() throws {
        #expect(try Self.page.contains("""
                let result = try await client.petsList(kind: .cat)
                
                for item in result {
                    print(item)
                }
                ```
            """))
    }

    @Test func anOperationWithoutResultIsJustAwaited() throws {
        #expect(try Self.page.contains("""
                try await client.petsFeed(uuid: UUID(uuidString: "a1b2c3d4-e5f6-7890-abcd-ef1234567890")!)
                ```
            """))
    }

    @Test func everyCallNamesAMethodTheSwiftEmitterGenerates() throws {
        var output = OutputSet()
        SwiftEmitter(model: try Fixtures.model(Self.spec), options: .init(module: "PetsAPI", access: "public", modelFiles: .perType), templates: try Fixtures.templates)
            .emit(into: &output)
        let client = try #require(output.files.first { $0.path == "Client/Client+Pets.swift" }?.contents)
        let calls = try Self.page.split(separator: "\n").filter { $0.contains("try await client.") }
        #expect(calls.count == 4)
        for call in calls {
            let name = call.split(separator: "client.")[1].prefix { $0 != "(" }
            #expect(client.contains("public func \(name)("), "\(name)")
        }
        let model = try #require(output.files.first { $0.path == "Models/PetRequest.swift" }?.contents)
        #expect(model.contains("public init(name: String, kind: KindEnum, born: Date, ownerUuid: UUID, vaccinated: Bool, tags: [String], weight: Double, homepage: URL, nickname: String? = nil, collar: Collar)"))
    }

    @Test func theSwiftFilesAndTheTabShareOneSDK() throws {
        let model = try Fixtures.model(Self.spec)
        let config = try DocsConfig.parse(try Fixtures.node("examples: {swift: {module: PetsAPI}}", file: "layout.yaml"), file: "layout.yaml") { _ in nil }
        let options = SwiftEmitter.Options(module: "PetsAPI", access: "public", credentialPrefixes: ["token": "Token "])
        func output(_ emitter: some Emitter) -> [String: String] {
            var set = OutputSet()
            emitter.emit(into: &set)
            return Dictionary(set.files.map { ($0.path, $0.contents) }, uniquingKeysWith: { $1 })
        }
        let shared = SharedSwiftSDK(model: model, credentialPrefixes: options.credentialPrefixes)
        let docs = output(DocsEmitter(model: model, config: config, defaults: try Fixtures.docsDefaults, templates: try Fixtures.templates, swiftSDK: shared))
        #expect(shared.isMade)
        let swift = output(SwiftEmitter(model: model, options: options, templates: try Fixtures.templates, sdk: shared))
        // The same files as each emitter making its own (the tab does not show credential prefixes).
        #expect(docs == output(DocsEmitter(model: model, config: config, defaults: try Fixtures.docsDefaults, templates: try Fixtures.templates)))
        #expect(swift == output(SwiftEmitter(model: model, options: options, templates: try Fixtures.templates)))
        #expect(docs["uncategorized/pets/pets.md"]?.contains("try await client.") == true)
        #expect(swift["Client/Client.swift"]?.contains("Token ") == true)
    }

    @Test func withoutAModuleTheSnippetImportsAPI() throws {
        let page = try #require(try Fixtures.docs(Self.spec, layout: "examples: {swift: {}}")["uncategorized/pets/pets.md"])
        #expect(page.contains("    import API\n"))
    }

    @Test func httpBasicPassesTheUserNameAndThePassword() throws {
        let spec = Self.spec.replacingOccurrences(
            of: "token: {type: apiKey, in: header, name: Authorization}", with: "token: {type: http, scheme: basic}")
        let page = try #require(try Fixtures.docs(spec, layout: Self.layout)["uncategorized/pets/pets.md"])
        #expect(page.contains("""
                let client = Client(serverURL: URL(string: "https://api.example.com")!, tokenUsername: "YOUR_USERNAME", tokenPassword: "YOUR_PASSWORD")
            """))
        // The labels are those of the client's init.
        let client = try #require(try swiftSDK(spec)["Client/Client.swift"])
        #expect(client.contains("        tokenUsername: String? = nil,\n        tokenPassword: String? = nil,\n"))
    }
}
