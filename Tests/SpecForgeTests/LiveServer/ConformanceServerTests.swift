import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// The test server itself: conforming requests pass, others are caught.
@Suite struct ConformanceServerTests {
    static let spec = """
        openapi: 3.0.3
        info: {title: T, version: '1'}
        paths:
          /things/{id}/:
            post:
              operationId: things_update
              parameters:
                - {name: id, in: path, required: true, schema: {type: string, format: uuid}}
                - {name: mode, in: query, required: true, schema: {type: string, enum: [fast, slow]}}
                - {name: tags, in: query, schema: {type: array, items: {type: integer}}}
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      type: object
                      required: [name]
                      properties:
                        name: {type: string}
                        id: {type: integer, readOnly: true}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        required: [id, when]
                        properties:
                          id: {type: integer}
                          when: {type: string, format: date-time}
                '404': {description: none}
        """

    func send(_ server: ConformanceServer, _ target: String, body: String, headers: [String: String] = [:]) async throws -> (Int, String) {
        var request = URLRequest(url: URL(string: server.baseURL.absoluteString + target)!)
        request.httpMethod = "POST"
        request.httpBody = Data(body.utf8)
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        for (k, v) in headers { request.setValue(v, forHTTPHeaderField: k) }
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    @Test func aConformingRequestGetsAConformingResponse() async throws {
        let server = try ConformanceServer(model: try Fixtures.model(Self.spec))
        defer { server.stop() }
        let (status, body) = try await send(server, "/things/a1b2c3d4-e5f6-7890-abcd-ef1234567890/?mode=fast&tags=1&tags=2", body: #"{"name": "x"}"#)
        #expect(status == 200, "\(body)")
        #expect(body == #"{"id":1,"when":"2023-10-01T12:00:00.123456Z"}"#)
        #expect(server.log.map(\.problems) == [[]])
    }

    @Test func nonConformingRequestsAreCaught() async throws {
        let server = try ConformanceServer(model: try Fixtures.model(Self.spec))
        defer { server.stop() }
        let (status, body) = try await send(server, "/things/not-a-uuid/?mode=medium&tags=x&extra=1", body: #"{"id": 3}"#)
        #expect(status == 400)
        #expect(body.split(separator: "\n").sorted() == [
            "body.id: read-only field sent",
            "body.name: required field missing",
            "path parameter id: 'not-a-uuid' is not a uuid",
            "query parameter mode: 'medium' is not one of [\"fast\", \"slow\"]",
            "query parameter tags: 'x' is not an integer",
            "unknown query parameter extra",
        ])
    }

    @Test func aTestCanAskForAnErrorStatus() async throws {
        let server = try ConformanceServer(model: try Fixtures.model(Self.spec))
        defer { server.stop() }
        let (status, _) = try await send(server, "/things/a1b2c3d4-e5f6-7890-abcd-ef1234567890/?mode=slow", body: #"{"name": "x"}"#, headers: ["X-Test-Status": "404"])
        #expect(status == 404)
    }
}
