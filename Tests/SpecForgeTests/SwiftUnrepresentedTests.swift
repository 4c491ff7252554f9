import SpecForgeEmit
import SpecForgeIR
import SpecForgeLoad
import SpecForgeParse
import SpecForgeWrite
import Testing

/// The warnings of reading a spec and generating its Swift SDK, as `file:line:column: message`.
func swiftWarnings(_ yaml: String) throws -> [String] {
    let node = try YAMLLoader.load(bytes: Array(yaml.utf8), file: "spec.yaml")
    let sources = SourceSet(root: "spec.yaml", node: node) { (path: String) throws(LoadError) -> Node in
        throw LoadError(file: path, mark: nil, message: "no other files in a snippet")
    }
    let (document, parseWarnings) = try DocumentParser.parse(sources: sources, rootFile: "spec.yaml")
    var output = OutputSet()
    SwiftEmitter(model: ModelBuilder.build(document), options: .init(module: "API", access: "public"), templates: try Templates.library(Templates.builtin))
        .emit(into: &output)
    return parseWarnings.map { "\($0.file):\($0.mark): \($0.message)" }
        + output.warnings.map { "\($0.file):\($0.line):\($0.column): \($0.message)" }
}

/// What the SDK cannot represent is a warning at its place in the spec, naming what is left out
/// (`--warnings-as-errors` makes each an error: CommandLineTests).
@Suite("Swift SDK: what it cannot represent is a located warning")
struct SwiftUnrepresentedTests {
    @Test("Links of a response")
    func links() throws {
        #expect(try swiftWarnings(
            #"""
            openapi: 3.0.3
            info: {title: Snippet, version: "1"}
            paths:
              /users:
                post:
                  responses:
                    '201':
                      description: created
                      links:
                        GetUser: {operationId: getUser, parameters: {id: '$response.body#/id'}}
            """#) == ["spec.yaml:9:11: 'links' are not supported; the links of response '201' are ignored"])
    }

    @Test("Callbacks of an operation")
    func callbacks() throws {
        #expect(try swiftWarnings(
            #"""
            openapi: 3.0.3
            info: {title: Snippet, version: "1"}
            paths:
              /streams:
                post:
                  callbacks:
                    onData: {'{$request.query.url}': {post: {responses: {'200': {description: ok}}}}}
                  responses: {'204': {description: ok}}
            """#) == ["spec.yaml:6:7: 'callbacks' are not supported; the callbacks of POST /streams are ignored"])
    }

    @Test("Webhooks of the document")
    func webhooks() throws {
        #expect(try swiftWarnings(
            #"""
            openapi: 3.1.0
            info: {title: Snippet, version: "1"}
            paths: {}
            webhooks:
              newPet: {post: {responses: {'200': {description: ok}}}}
            """#) == ["spec.yaml:4:1: 'webhooks' are not supported; the section is ignored"])
    }

    @Test("An XML (or other non-JSON) body with a structured schema, sent or received")
    func xmlBodies() throws {
        #expect(try swiftWarnings(
            #"""
            openapi: 3.0.3
            info: {title: Snippet, version: "1"}
            paths:
              /pets:
                post:
                  requestBody:
                    content: {application/xml: {schema: {$ref: '#/components/schemas/Pet'}}}
                  responses:
                    '200':
                      description: ok
                      content: {text/xml: {schema: {$ref: '#/components/schemas/Pet'}}}
              /pets.png:
                get:
                  responses:
                    '200': {description: ok, content: {image/png: {schema: {type: string, format: binary}}}}
            components:
              schemas:
                Pet: {type: object, properties: {name: {type: string}}}
            """#) == [
                "spec.yaml:5:5: POST /pets: the request body of media type application/xml is neither JSON, a form nor multipart; the Swift client passes it as Data, and its schema is not represented",
                "spec.yaml:5:5: POST /pets: the response body (200) of media type text/xml is neither JSON, a form nor multipart; the Swift client passes it as String, and its schema is not represented",
            ])
    }

    @Test("A response header that is an object in style simple is read as its text")
    func objectHeader() throws {
        #expect(try swiftWarnings(
            #"""
            openapi: 3.0.3
            info: {title: Snippet, version: "1"}
            paths:
              /pets:
                get:
                  responses:
                    '204':
                      description: ok
                      headers:
                        X-Rate: {schema: {type: object, properties: {limit: {type: integer}}}}
            """#) == [
                "spec.yaml:10:21: response header 'X-Rate' of GET /pets is an object in style simple; the Swift client reads it as its text (String)"
            ])
    }

    @Test("A structured body of a wildcard media type is sent as JSON, without a warning")
    func wildcardBodyIsJSON() throws {
        let spec = #"""
            openapi: 3.0.3
            info: {title: Snippet, version: "1"}
            paths:
              /pets:
                post:
                  operationId: pets_create
                  requestBody:
                    content: {'*/*': {schema: {type: object, properties: {name: {type: string}}}}}
                  responses: {'204': {description: ok}}
            """#
        #expect(try swiftWarnings(spec) == [])
        let client = try #require(try swiftSDK(spec)["Client/Client+Untagged.swift"])
        #expect(client.contains("public func petsCreate(body: PetsCreateBody? = nil) async throws {"))
        #expect(client.contains("if let body { try request.setJSONBody(body) }"))
    }

    @Test("A header of a multipart part that is an object is taken as its text")
    func objectPartHeader() throws {
        #expect(try swiftWarnings(
            #"""
            openapi: 3.0.3
            info: {title: Snippet, version: "1"}
            paths:
              /up:
                post:
                  requestBody:
                    content:
                      multipart/form-data:
                        schema: {type: object, properties: {f: {type: string}}}
                        encoding:
                          f:
                            headers:
                              X-Info: {schema: {type: object, properties: {a: {type: string}}}}
                  responses: {'204': {description: ok}}
            """#) == [
                "spec.yaml:13:27: header 'X-Info' of the part 'f' of POST /up is an object; the Swift client takes it as its text (String)"
            ])
    }
}
