import Foundation
import SpecForgeEmit
import SpecForgeIR
import SpecForgeLoad
import SpecForgeParse
import SpecForgeWrite
import Testing

/// The round-trip driver of a spec given as YAML text: file contents by path.
func refereeDriver(_ yaml: String) throws -> [String: String] {
    let node = try YAMLLoader.load(bytes: Array(yaml.utf8), file: "spec.yaml")
    let sources = SourceSet(root: "spec.yaml", node: node) { (path: String) throws(LoadError) -> Node in
        throw LoadError(file: path, mark: nil, message: "no other files in a snippet")
    }
    let (document, _) = try DocumentParser.parse(sources: sources, rootFile: "spec.yaml")
    let model = ModelBuilder.build(document)
    let files = Templates.builtin
    let defaults = try DocsDefaults.parse(
        try YAMLLoader.load(bytes: Array(files["docs/defaults.yaml"]!.utf8), file: "defaults.yaml"), file: "defaults.yaml")
    var output = OutputSet()
    RefereeEmitter(model: model, options: .init(module: "PetAPI"), rules: defaults.examples, templates: try Templates.library(files))
        .emit(into: &output)
    return Dictionary(output.files.map { ($0.path, $0.contents) }, uniquingKeysWith: { a, _ in a })
}

/// The driver `scripts/check-roundtrip.sh` runs against the referee: every operation called
/// through the SDK's client with example arguments, each argument recorded as what the referee
/// should understand.
@Suite("Round-trip driver")
struct RefereeDriverTests {
    static let spec = """
        openapi: 3.0.3
        info: {title: Pets, version: '1'}
        paths:
          /pets/{id}:
            put:
              operationId: updatePet
              security: [{key: []}]
              parameters:
                - {name: id, in: path, required: true, schema: {type: integer, example: 7}}
                - {name: dry_run, in: query, schema: {type: boolean}}
                - {name: X-Trace, in: header, schema: {type: string, example: abc}}
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Pet'}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Pet'}
          /pets:
            delete:
              operationId: deletePets
              responses: {'204': {description: gone}}
        components:
          securitySchemes:
            key: {type: apiKey, in: header, name: X-Key}
          schemas:
            Pet:
              type: object
              required: [name]
              properties:
                name: {type: string, example: Rex}
                tag: {type: string, example: dog}
        """

    @Test("Every parameter, optional ones too, and the body with its optional properties are passed and recorded, and so is the decoded response")
    func callsWithEveryArgument() throws {
        let calls = try #require(try refereeDriver(Self.spec)["Calls-0.swift"])
        #expect(
            calls.contains(
                """
                        await referee.call(1, "updatePet", "PUT", "/pets/{id}", security: ["key"]) { expect in
                            let a0: Int = 7
                            expect.path("id", a0)
                            let a1: Pet = Pet(name: "Rex", tag: "dog")
                            expect.body(a1)
                            let a2: Bool? = true
                            expect.query("dry_run", a2)
                            let a3: String? = "abc"
                            expect.header("X-Trace", a3)
                            let result = try await client.updatePet(id: a0, body: a1, dryRun: a2, xTrace: a3)
                            expect.response(result)
                        }
                """), "\(calls)")
        #expect(calls.contains("        await referee.call(2, \"deletePets\", \"DELETE\", \"/pets\", security: []) { expect in\n            try await client.deletePets()\n        }"))
    }

    @Test("The client holds a credential of its own for every security scheme, and the driver knows where each goes")
    func credentials() throws {
        let driver = try #require(try refereeDriver(Self.spec)["RefereeDriver.swift"])
        #expect(driver.contains(#"["scheme": "key", "location": "header", "name": "X-Key", "prefix": "", "value": "referee-key"],"#))
        #expect(driver.contains("            key: \"referee-key\",\n            middlewares: [RefereeTagging()]"))
        #expect(driver.contains("        referee.start(operations: 2)\n        await calls0(client, referee)"))
    }
}
