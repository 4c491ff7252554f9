import Foundation
import SpecForgeEmit
import SpecForgeIR
import SpecForgeLoad
import SpecForgeParse
import SpecForgeWrite
import Testing

/// How a request is made from what the spec says: paths, bodies of media type ranges, and what cannot be sent.
@Suite("Swift SDK: what the client sends")
struct SwiftClientRequestTests {
    @Test("A path's fragment, which tells operations of one path apart, is not sent: the query follows the path")
    func pathFragment() throws {
        let sdk = try swiftSDK(
            """
            openapi: 3.0.3
            info: {title: Snippet, version: "1"}
            paths:
              /files/{id}#shared_link:
                get:
                  operationId: files_get_shared_link
                  tags: [files]
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string}}
                    - {name: fields, in: query, required: true, schema: {type: string}}
                  responses: {'204': {description: ok}}
            """)
        let client = try #require(sdk["Client/Client+Files.swift"])
        #expect(client.contains(#"var request = APIRequest(method: .get, path: "/files/\(pathComponent(id))", operationID: "files_get_shared_link")"#), "\(client)")
        #expect(client.contains(#"request.addQuery("fields", fields)"#))
    }

    @Test("A body of a media type range (*/*) whose schema is structured is JSON, sent as application/json; a string schema stays bytes, sent as application/octet-stream")
    func mediaRangeBody() throws {
        let sdk = try swiftSDK(
            """
            openapi: 3.0.3
            info: {title: Snippet, version: "1"}
            paths:
              /bindings:
                post:
                  operationId: create_binding
                  tags: [core]
                  requestBody:
                    required: true
                    content: {'*/*': {schema: {type: object, properties: {target: {type: string}}}}}
                  responses: {'204': {description: ok}}
              /blobs:
                post:
                  operationId: create_blob
                  tags: [core]
                  requestBody:
                    required: true
                    content: {'*/*': {schema: {type: string, format: binary}}}
                  responses: {'204': {description: ok}}
            """)
        let client = try #require(sdk["Client/Client+Core.swift"])
        #expect(client.contains("public func createBinding(body: CreateBindingBody) async throws {"), "\(client)")
        #expect(client.contains("        try request.setJSONBody(body)\n"))
        #expect(client.contains("public func createBlob(body: Data) async throws {"))
        #expect(client.contains(#"request.setBody(body, contentType: "application/octet-stream")"#))
    }

    @Test("Braces that name no parameter stay in the path as written, in an ASCII path and in one that is not; a range with parameters after it (application/* ; q=1) is a range")
    func pathTextAndRangeWithParameters() throws {
        let sdk = try swiftSDK(
            """
            openapi: 3.0.3
            info: {title: Snippet, version: "1"}
            paths:
              /files/{id}/{version}/{:
                put:
                  operationId: put_file
                  tags: [core]
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string}}
                  requestBody:
                    required: true
                    content: {'application/* ; q=1': {schema: {type: object, properties: {name: {type: string}}}}}
                  responses: {'204': {description: ok}}
              /städte/{id}/{version}#copy:
                get:
                  operationId: get_stadt
                  tags: [core]
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string}}
                  responses: {'204': {description: ok}}
            """)
        let client = try #require(sdk["Client/Client+Core.swift"])
        #expect(client.contains(#"path: "/files/\(pathComponent(id))/{version}/{""#), "\(client)")
        #expect(client.contains(#"path: "/städte/\(pathComponent(id))/{version}""#), "\(client)")
        #expect(client.contains("public func putFile(id: String, body: PutFileBody) async throws {"), "\(client)")
        #expect(client.contains("        try request.setJSONBody(body)\n"))
    }

    @Test("What the client cannot send is a warning where the operation is: a header name that is no HTTP token, an array of objects in the query, a GET with a body")
    func unsendableHeaderName() throws {
        let yaml = """
            openapi: 3.0.3
            info: {title: Snippet, version: "1"}
            paths:
              /things:
                get:
                  operationId: things_list
                  parameters:
                    - {name: header param, in: header, schema: {type: string}}
                    - {name: X-Trace, in: header, schema: {type: string}}
                  responses: {'204': {description: ok}}
              /search:
                get:
                  operationId: search
                  parameters:
                    - {name: filters, in: query, schema: {type: array, items: {type: object, properties: {scope: {type: string}}}}}
                  requestBody:
                    content: {application/json: {schema: {type: object, properties: {q: {type: string}}}}}
                  responses: {'204': {description: ok}}
            """
        let node = try YAMLLoader.load(bytes: Array(yaml.utf8), file: "spec.yaml")
        let sources = SourceSet(root: "spec.yaml", node: node) { (path: String) throws(LoadError) -> Node in
            throw LoadError(file: path, mark: nil, message: "no other files in a snippet")
        }
        let (document, _) = try DocumentParser.parse(sources: sources, rootFile: "spec.yaml")
        var output = OutputSet()
        SwiftEmitter(model: ModelBuilder.build(document), options: .init(module: "API", access: "public"), templates: try Templates.library(Templates.builtin))
            .emit(into: &output)
        #expect(output.warnings.map { "\($0.file):\($0.line):\($0.column): \($0.message)" } == [
            "spec.yaml:5:5: header parameter 'header param' of GET /things is not a valid HTTP header name (letters, digits and !#$%&'*+-.^_`|~ only); the Swift client cannot send it",
            "spec.yaml:12:5: GET /search has a request body, which URLSession (the client's default transport) refuses to send; calls with a body need another transport",
            "spec.yaml:12:5: query parameter 'filters' of GET /search is an array of objects, which OpenAPI gives no serialization; the Swift client takes its items as strings ([String]), to be written as the API expects",
        ])
    }

    @Test("A name a schema requires without declaring it is a JSON value: required in a type only sent, optional in one received")
    func undeclaredRequiredNames() throws {
        let sdk = try swiftSDK(
            """
            openapi: 3.0.3
            info: {title: Snippet, version: "1"}
            paths:
              /runs:
                post:
                  operationId: create_run
                  requestBody:
                    required: true
                    content: {application/json: {schema: {$ref: '#/components/schemas/CreateRun'}}}
                  responses:
                    '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/RunList'}}}}
            components:
              schemas:
                CreateRun:
                  type: object
                  required: [thread_id, assistant_id]
                  properties: {assistant_id: {type: string}}
                RunList:
                  type: object
                  required: [data, items]
                  properties: {data: {type: array, items: {type: string}}}
            """)
        let sent = try #require(sdk["Models/CreateRun.swift"])
        #expect(sent.contains("""
                public let assistantId: String
                /// Required by the schema, which does not describe it: any JSON value.
                public let threadId: JSONValue

                public init(assistantId: String, threadId: JSONValue) {
            """), "\(sent)")
        let received = try #require(sdk["Models/RunList.swift"])
        #expect(received.contains("public init(data: [String], items: JSONValue? = nil) {"), "\(received)")
    }

    @Test("An allOf member of annotations only (a description) says nothing of the value: allOf [string, {description}] is a String")
    func annotationOnlyAllOfMember() throws {
        let sdk = try swiftSDK(
            """
            openapi: 3.0.3
            info: {title: Snippet, version: "1"}
            paths: {}
            components:
              schemas:
                Folder:
                  type: object
                  properties:
                    sequence_id:
                      allOf:
                        - {type: string, nullable: true, example: '3'}
                        - {description: The most recent event applied to this item.}
            """)
        let folder = try #require(sdk["Models/Folder.swift"])
        #expect(folder.contains("    public let sequenceId: String?\n"), "\(folder)")
        #expect(!folder.contains("struct SequenceId"))
    }
}
