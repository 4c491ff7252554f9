import Testing

@testable import SpecForgeEmit

/// Client extension files hold at most ~100 operations: one per tag, a larger tag split by path prefix.
@Suite("Swift client files")
struct SwiftClientFilesTests {
    func parts(_ routes: [String], limit: Int) -> [String] {
        SwiftClientFiles.split(routes, route: { $0 }, limit: limit).map { "\($0.name): \($0.ops.joined(separator: " "))" }
    }

    @Test("A small group stays one file")
    func small() {
        #expect(parts(["/a", "/b"], limit: 2) == [": /a /b"])
    }

    @Test("A large group splits at the first segment not all share; small neighbours are packed together")
    func byPrefix() {
        let routes = ["/v1/users", "/v1/users/{id}", "/v1/users/{id}/keys", "/v1/orgs", "/v1/orgs/{id}", "/v1/teams"]
        #expect(parts(routes, limit: 3) == ["Users: /v1/users /v1/users/{id} /v1/users/{id}/keys", "Orgs: /v1/orgs /v1/orgs/{id} /v1/teams"])
    }

    @Test("A group still too large splits one segment deeper; one path is cut in order")
    func deeper() {
        let routes = ["/users", "/users/{id}", "/users/{id}/keys", "/users/{id}/keys", "/users/{id}/keys", "/orgs"]
        #expect(parts(routes, limit: 2) == [
            "UsersRoot: /users /users/{id}", "UsersIdKeys: /users/{id}/keys /users/{id}/keys", "UsersIdKeys2: /users/{id}/keys /orgs",
        ])
    }

    @Test("A spec with 250 untagged operations gives client files of at most 100 methods, named by path prefix")
    func files() throws {
        var paths = ""
        for resource in ["accounts", "charges", "customers"] {
            for i in 0..<(resource == "customers" ? 130 : 60) {
                paths += "  /v1/\(resource)/r\(i):\n    get:\n      operationId: \(resource)_\(i)\n      responses: {'204': {description: ok}}\n"
            }
        }
        let sdk = try swiftSDK("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n" + paths)
        let clientFiles = sdk.keys.filter { $0.hasPrefix("Client/Client+") }.sorted()
        #expect(clientFiles == [
            "Client/Client+Untagged+Accounts.swift", "Client/Client+Untagged+Charges.swift",
            "Client/Client+Untagged+CustomersR0.swift", "Client/Client+Untagged+CustomersR100.swift",
        ])
        let counts = clientFiles.map { sdk[$0]!.components(separatedBy: " func ").count - 1 }
        #expect(counts == [60, 60, 100, 30])
    }
}

