import Foundation
import HTTPTypes
import OpenAPIRuntime
import PetAPI

/// Answers requests in process, the way the pet service would: the demo needs no network.
struct StubTransport: ClientTransport {
    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        guard request.headerFields[.authorization] == "Token demo-token" else {
            return (HTTPResponse(status: .unauthorized), nil)
        }
        guard request.method == .get, request.path == "/pets/7/" else {
            return (HTTPResponse(status: .notFound), nil)
        }
        let pet = #"{"id": 7, "name": "Rex", "kind": "dog"}"#
        return (HTTPResponse(status: .ok, headerFields: [.contentType: "application/json"]), HTTPBody(pet))
    }
}

let client = Client(serverURL: URL(string: "https://pets.example.com")!, token: "demo-token", transport: StubTransport())
let pet = try await client.petsRetrieve(id: 7)
print("\(pet.name) (#\(pet.id)) is a \(pet.kind?.rawValue ?? "pet")")

do {
    _ = try await client.petsRetrieve(id: 8)
} catch let error as APIError {
    print("pet 8: HTTP \(error.statusCode)")
}
