import Testing

/// How the client sends an API key: as given, after the text the job's config names for its
/// scheme (`swift.credential-prefixes`), never after a word the generator assumes.
@Suite("Swift SDK: API key prefixes")
struct SwiftCredentialTests {
    static let spec = """
        openapi: 3.0.3
        info: {title: Keys, version: "1"}
        security: [{tokenAuth: []}]
        paths:
          /things:
            get:
              operationId: things_list
              responses: {'204': {description: none}}
        components:
          securitySchemes:
            tokenAuth: {type: apiKey, in: header, name: Authorization}
        """

    @Test("An API key in the Authorization header is sent as given by default")
    func sentAsGiven() throws {
        let client = try #require(try swiftSDK(Self.spec)["Client/Client.swift"])
        #expect(client.contains(#"if let token { request.addHeader("Authorization", "" + token) }"#))
        #expect(client.contains("sent as the `Authorization` header as given, with any scheme word the API expects (tokenAuth)"))
    }

    @Test("A configured prefix goes before the key")
    func configuredPrefix() throws {
        var files: [String: String] = [:]
        for file in try swiftFiles(Self.spec, credentialPrefixes: ["tokenAuth": "Token "]) { files[file.path] = file.contents }
        let client = try #require(files["Client/Client.swift"])
        #expect(client.contains(#"if let token { request.addHeader("Authorization", "Token " + token) }"#))
        #expect(client.contains("sent as `Authorization: Token <token>` (tokenAuth)"))
    }
}
