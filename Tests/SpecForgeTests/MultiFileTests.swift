import Foundation
import SpecForgeIR
import SpecForgeKit
import SpecForgeParse
import SpecForgeWrite
import Testing

/// A spec split across files: `$ref`s to other files resolve relative to the referring file,
/// cycles across files end, and one schema reached by several routes is one type.
@Suite struct MultiFileTests {
    static let directory = Fixtures.root.appending(path: "Tests/SpecForgeTests/MultiFile")

    static func model() throws -> APIModel {
        var warnings: [Diagnostic] = []
        var timings = Pipeline.Timings()
        // A path written with `./` and `..` must give the same keys as a clean one.
        let spec = directory.path + "/./paths/../openapi.yaml"
        let model = try Pipeline.model(spec: spec, warnings: &warnings, timings: &timings)
        #expect(warnings.isEmpty, "\(warnings)")
        return model
    }

    @Test func namesComeFromComponentsOrFilesNotFromRoutes() throws {
        let names = try Self.model().schemas.map { $0.name ?? "" }
        #expect(names == ["Pet", "Error", "owner", "Tag", "new-pet"])
    }

    @Test func oneSchemaReachedByThreeRoutesIsOneInstance() throws {
        let model = try Self.model()
        let pet = try #require(model.schemas.first { $0.name == "Pet" })
        let list = try #require(model.operations.first { $0.operationId == "pets_list" })
        let create = try #require(model.operations.first { $0.operationId == "pets_create" })
        let retrieve = try #require(model.operations.first { $0.operationId == "pets_retrieve" })
        #expect(list.responses[0].json?.schema?.items === pet)  // ../schemas/pet.yaml from paths/
        #expect(create.responses[0].json?.schema === pet)  // ../openapi.yaml#/components/schemas/Pet
        #expect(retrieve.responses[0].json?.schema === pet)
        // The cycle Pet → owner → pets → Pet closes on the same instance.
        #expect(pet.fields[2].schema.fields[1].schema.items === pet)
    }

    @Test func sharedParametersAndResponsesComeFromTheirFiles() throws {
        let retrieve = try #require(try Self.model().operations.first { $0.operationId == "pets_retrieve" })
        #expect(retrieve.parameters.map(\.name) == ["id"])
        #expect(retrieve.parameters[0].description == "The pet's id.")
        #expect(retrieve.responses[1].description == "Something went wrong.")
        #expect(retrieve.responses[1].json?.schema?.name == "Error")
    }

    @Test func aMissingFileIsReportedWhereItIsReferenced() throws {
        let root = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /a:
                $ref: paths/missing.yaml
            """
        let error = try #require(throws: Diagnostics.self) { try Fixtures.model(root) }
        #expect(error.description.hasPrefix("snippet.yaml:5:11: error: unresolved reference 'paths/missing.yaml'"), "\(error)")
        #expect(error.description.contains("paths/missing.yaml"))
    }

    /// DigitalOcean / Redocly style: each operation object is a `$ref` to a file of its own,
    /// whose own `$ref`s resolve relative to that file; media types and bodies may be `$ref`s too.
    @Test func operationObjectsGivenAsReferencesAreRead() throws {
        let root = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /pets/{id}:
                get: {$ref: 'resources/pets/pets_get.yml'}
                put: {$ref: '#/x-operations/pets_update'}
            x-operations:
              pets_update:
                operationId: pets_update
                parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
                requestBody: {$ref: 'resources/pets/pet_body.yml'}
                responses: {'204': {description: updated}}
            """
        let operation = """
            operationId: pets_get
            tags: [pets]
            parameters:
              - {$ref: 'parameters.yml#/pet_id'}
              - {name: fields, in: query, schema: {type: string}}
            responses:
              '200':
                description: The pet.
                content:
                  application/json: {$ref: '#/pet_json'}
            pet_json:
              schema: {$ref: 'models/pet.yml'}
            """
        let model = try Fixtures.model(
            root,
            extraFiles: [
                "resources/pets/pets_get.yml": operation,
                "resources/pets/parameters.yml": "pet_id: {name: id, in: path, required: true, schema: {type: integer}}",
                "resources/pets/models/pet.yml": "type: object\nproperties: {name: {type: string}}",
                "resources/pets/pet_body.yml": "content: {application/json: {schema: {$ref: 'models/pet.yml'}}}",
            ])
        let get = try #require(model.operations.first { $0.operationId == "pets_get" })
        #expect(get.tags == ["pets"])
        #expect(get.parameters.map(\.name) == ["id", "fields"])
        #expect(get.responses.first?.json?.schema?.name == "pet")
        #expect(get.responses.first?.json?.schema?.fields.map(\.name) == ["name"])
        let update = try #require(model.operations.first { $0.operationId == "pets_update" })
        #expect(update.requestBody?.json?.schema === get.responses.first?.json?.schema)
    }

    /// The pages made from the multi-file spec, compared with the committed golden files.
    @Test func docsMatchTheGoldenPages() throws {
        var warnings: [Diagnostic] = []
        var timings = Pipeline.Timings()
        let golden = Self.directory.appending(path: "Expected/Docs")
        let job = Job(spec: Self.directory.appending(path: "openapi.yaml").path, docs: .init(output: golden.path, layout: nil))
        for output in try Pipeline.run(job, warnings: &warnings, timings: &timings) {
            let writer = Writer(directory: URL(fileURLWithPath: output.directory))
            if ProcessInfo.processInfo.environment["SPECFORGE_UPDATE_GOLDEN"] == "1" { _ = try writer.write(output.files) }
            let drift = writer.check(output.files)
            #expect(drift.isCurrent, "golden pages differ (SPECFORGE_UPDATE_GOLDEN=1 swift test rewrites them):\n\(drift.stale.map(\.diff).joined())\(drift.missing)")
        }
    }
}
