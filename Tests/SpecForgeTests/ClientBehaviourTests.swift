import BehaviourAPI
import Foundation
import HTTPTypes
import OpenAPIRuntime
import Testing

/// Records the requests the client sends; answers each with one canned response.
private final class RecordingTransport: ClientTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var sent: [HTTPRequest] = []
    let status: Int
    let contentType: String
    let responseBody: String
    /// Header fields of the response, in order (a name may come more than once).
    let responseHeaders: [(name: String, value: String)]

    init(status: Int = 204, contentType: String = "application/json", responseBody: String = "", headers: [(name: String, value: String)] = []) {
        self.status = status
        self.contentType = contentType
        self.responseBody = responseBody
        self.responseHeaders = headers
    }

    var last: HTTPRequest? { lock.withLock { sent.last } }
    private var bodies: [Data] = []
    var lastBody: String? { lock.withLock { bodies.last.map { String(decoding: $0, as: UTF8.self) } } }

    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        let data = body == nil ? Data() : try await Data(collecting: body!, upTo: .max)
        lock.withLock {
            sent.append(request)
            bodies.append(data)
        }
        var response = HTTPResponse(status: .init(code: status))
        response.headerFields[.contentType] = contentType
        for (name, value) in responseHeaders { response.headerFields.append(HTTPField(name: HTTPField.Name(name)!, value: value)) }
        return (response, HTTPBody(responseBody))
    }
}

/// Each request carries the credentials its operation's `security` requires: those of the first
/// alternative the client holds all of, and nothing else.
@Suite struct ClientSecurityTests {
    static let server = URL(string: "https://api.example.com")!

    /// The request one call sends with a client holding the given credentials.
    func sent(
        bearerToken: String? = nil, basic: (String, String)? = nil, headerKey: String? = nil, queryKey: String? = nil,
        cookieKey: String? = nil, oauth: String? = nil, _ call: (Client) async throws -> Void
    ) async throws -> HTTPRequest {
        let transport = RecordingTransport()
        let client = Client(
            serverURL: Self.server, bearerToken: bearerToken, basicUsername: basic?.0, basicPassword: basic?.1, headerKey: headerKey,
            queryKey: queryKey, cookieKey: cookieKey, oauthAccessToken: oauth, transport: transport)
        try await call(client)
        return try #require(transport.last)
    }

    @Test func theDocumentsDefaultSecurityApplies() async throws {
        let request = try await sent(bearerToken: "t", headerKey: "k") { try await $0.usesDefault() }
        #expect(request.headerFields[.authorization] == "Bearer t")
        #expect(request.headerFields[HTTPField.Name("X-API-Key")!] == nil)
    }

    @Test func anOperationWithoutSecuritySendsNoCredentials() async throws {
        let request = try await sent(bearerToken: "t") { try await $0.needsNothing() }
        #expect(request.headerFields[.authorization] == nil)
    }

    @Test func optionalSecuritySendsTheKeyWhenHeld() async throws {
        #expect(try await sent(queryKey: "q") { try await $0.optionalKey() }.path == "/optional?api_key=q")
        #expect(try await sent { try await $0.optionalKey() }.path == "/optional")
    }

    @Test func theFirstAlternativeHeldWinsWhole() async throws {
        // Both keys of the first alternative: query and cookie, nothing else.
        let both = try await sent(basic: ("u", "p"), queryKey: "q", cookieKey: "c") { try await $0.keyOrBasic() }
        #expect(both.path == "/alternatives?api_key=q")
        #expect(both.headerFields[.cookie] == "session=c")
        #expect(both.headerFields[.authorization] == nil)
        // Only half of the first: the second, http basic.
        let basic = try await sent(basic: ("u", "p"), queryKey: "q") { try await $0.keyOrBasic() }
        #expect(basic.path == "/alternatives")
        #expect(basic.headerFields[.authorization] == "Basic " + Data("u:p".utf8).base64EncodedString())
        // The third: a header key.
        let header = try await sent(headerKey: "k") { try await $0.keyOrBasic() }
        #expect(header.headerFields[HTTPField.Name("X-API-Key")!] == "k")
    }

    @Test func anOAuthAccessTokenIsABearerToken() async throws {
        let request = try await sent(oauth: "a") { try await $0.withOauth() }
        #expect(request.headerFields[.authorization] == "Bearer a")
    }
}

/// A documented error body is decoded into `APIError.payload` as its type: the exact status
/// first, then a range (`4XX`), then `default`.
@Suite struct ClientErrorBodyTests {
    func error(status: Int, body: String) async throws -> APIError {
        let client = Client(serverURL: ClientSecurityTests.server, transport: RecordingTransport(status: status, responseBody: body))
        let error = try await #require(throws: APIError.self) { _ = try await client.petsRetrieve(id: 1) }
        #expect(error.statusCode == status)
        return error
    }

    @Test func anExactStatusDecodesItsType() async throws {
        let payload = try await error(status: 404, body: #"{"id":1}"#).payload
        #expect((payload as? NotFound)?.id == 1)
    }

    @Test func aStatusRangeDecodesItsType() async throws {
        let payload = try await error(status: 422, body: #"{"title":"Invalid","status":422}"#).payload
        switch payload {
        case let problem as Problem: #expect(problem.title == "Invalid")
        default: Issue.record("expected a Problem, got \(String(describing: payload))")
        }
    }

    @Test func defaultCoversEveryOtherStatus() async throws {
        let payload = try await error(status: 503, body: #"{"message":"down"}"#).payload
        #expect((payload as? PetsRetrieveErrorDefault)?.message == "down")
    }

    @Test func aBodyThatDoesNotDecodeLeavesNoPayload() async throws {
        let error = try await error(status: 404, body: "not json")
        #expect(error.payload == nil)
        #expect(error.body == Data("not json".utf8))
    }
}

/// Form and multipart bodies follow the media type's Encoding Objects.
@Suite struct ClientBodyEncodingTests {
    func sentBody(_ call: (Client) async throws -> Void) async throws -> (request: HTTPRequest, body: String) {
        let transport = RecordingTransport()
        try await call(Client(serverURL: ClientSecurityTests.server, transport: transport))
        return (try #require(transport.last), try #require(transport.lastBody))
    }

    @Test func aFormBodyWritesEachPropertyInItsEncodingsStyle() async throws {
        let body = CustomersCreateBody(
            name: "Ann Lee", address: .init(city: "Oslo", lines: ["1 Main", "Apt 2"]), expand: ["a", "b"],
            metadata: ["k": "v"], limits: .init(max: 3), redirect: "https://x.example/a?b=c")
        let (request, text) = try await sentBody { try await $0.customersCreate(body: body) }
        #expect(request.headerFields[.contentType] == "application/x-www-form-urlencoded")
        #expect(text.split(separator: "&").map(String.init) == [
            "address[city]=Oslo", "address[lines][0]=1%20Main", "address[lines][1]=Apt%202",  // deepObject
            "expand=a", "expand=b",  // form, exploded (the default)
            "max=3",  // an object in form style, exploded: its properties as fields
            "metadata=%7B%22k%22%3A%22v%22%7D",  // contentType application/json: JSON text
            "name=Ann%20Lee",
            "redirect=https://x.example/a?b=c",  // allowReserved
        ])
    }

    @Test func aJSONBodyGoesAsTheJSONMediaTypeTheOperationNames() async throws {
        let (request, text) = try await sentBody { try await $0.uploadsPatch(id: "7", body: .init(title: "T")) }
        #expect(request.headerFields[.contentType] == "application/merge-patch+json")
        #expect(text == #"{"title":"T"}"#)
    }

    @Test func multipartPartsCarryTheirContentTypes() async throws {
        let body = UploadsCreateBody(
            file: Data([1, 2]), meta: .init(title: "T"), note: "hi", sizes: [3, 4], attachment: Data([5]), extra: .init(k: "v"))
        let (request, text) = try await sentBody { try await $0.uploadsCreate(body: body, fileXChecksum: "abc") }
        #expect(request.headerFields[.contentType]?.hasPrefix("multipart/form-data; boundary=") == true)
        // The encoding's content type (the first it lists) and headers.
        #expect(text.contains("Content-Disposition: form-data; name=\"file\"; filename=\"file\"\r\nContent-Type: image/png\r\nX-Checksum: abc\r\n\r\n\u{1}\u{2}\r\n"))
        #expect(text.contains("Content-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n{\"title\":\"T\"}\r\n"))
        // Without an encoding, by the schema: text, each item of a list, binary, an object.
        #expect(text.contains("Content-Disposition: form-data; name=\"note\"\r\nContent-Type: text/plain\r\n\r\nhi\r\n"))
        #expect(text.contains("Content-Disposition: form-data; name=\"sizes\"\r\nContent-Type: text/plain\r\n\r\n3\r\n"))
        #expect(text.contains("Content-Disposition: form-data; name=\"sizes\"\r\nContent-Type: text/plain\r\n\r\n4\r\n"))
        #expect(text.contains("Content-Disposition: form-data; name=\"attachment\"; filename=\"attachment\"\r\nContent-Type: application/octet-stream\r\n\r\n\u{5}\r\n"))
        #expect(text.contains("Content-Disposition: form-data; name=\"extra\"\r\nContent-Type: application/json\r\n\r\n{\"k\":\"v\"}\r\n"))
    }

    @Test func aPartHeaderListIsCommaSeparated() async throws {
        let (_, text) = try await sentBody {
            try await $0.uploadsCreate(body: .init(file: Data([1])), fileXChecksum: "abc", fileXDimensions: [640, 480])
        }
        #expect(text.contains("Content-Type: image/png\r\nX-Checksum: abc\r\nX-Dimensions: 640,480\r\n\r\n\u{1}\r\n"))
    }
}

/// Responses: the client asks with `Accept` for what it decodes; binary bodies are `Data`, text `String`.
@Suite struct ClientResponseTests {
    fileprivate func call<T>(_ response: RecordingTransport, _ call: (Client) async throws -> T) async throws -> (HTTPRequest, T) {
        let value = try await call(Client(serverURL: ClientSecurityTests.server, transport: response))
        return (try #require(response.last), value)
    }

    @Test func ofSeveralContentTypesTheJSONOneIsAskedForAndDecoded() async throws {
        let (request, report) = try await call(RecordingTransport(status: 200, responseBody: #"{"rows":3}"#)) { try await $0.reportsGet() }
        #expect(request.headerFields[.accept] == "application/json")
        #expect(report.rows == 3)
    }

    @Test func propertiesBesideTheDeclaredOnesAreKept() async throws {
        let body = #"{"name":"octo","permissions":{"issues":"read","single_file":"write"}}"#
        let (_, app) = try await call(RecordingTransport(status: 200, responseBody: body)) { try await $0.appsGet(id: "1") }
        #expect(app.permissions?.issues == "read")
        #expect(app.permissions?.additionalProperties == ["single_file": "write"])
        let encoded = String(decoding: try APICoding.encoder.encode(app), as: UTF8.self)
        #expect(encoded == body)
    }

    @Test func binaryBodiesAreDataAskedForByEveryMediaType() async throws {
        let (request, bytes) = try await call(RecordingTransport(status: 200, contentType: "image/png", responseBody: "PNG")) {
            try await $0.filesDownload(id: "a b")
        }
        #expect(request.path == "/files/a%20b")
        #expect(request.headerFields[.accept] == "application/octet-stream, image/png")
        #expect(bytes == Data("PNG".utf8))
    }

    @Test func aBinaryBodyCanBeReadAsItArrives() async throws {
        let (request, body) = try await call(RecordingTransport(status: 200, contentType: "image/png", responseBody: "PNG")) {
            try await $0.filesDownloadStream(id: "x")
        }
        #expect(request.headerFields[.accept] == "application/octet-stream, image/png")
        var bytes = Data()
        for try await chunk in body { bytes.append(contentsOf: chunk) }
        #expect(bytes == Data("PNG".utf8))
        let failure = RecordingTransport(status: 404, responseBody: "gone")
        let error = try await #require(throws: APIError.self) { _ = try await call(failure) { try await $0.filesDownloadStream(id: "x") } }
        #expect(error.body == Data("gone".utf8))
    }

    @Test func plainTextGoesAndComesAsAString() async throws {
        let transport = RecordingTransport(status: 200, contentType: "text/plain", responseBody: "stored")
        let (request, text) = try await call(transport) { try await $0.notesCreate(body: "hello") }
        #expect(request.headerFields[.contentType] == "text/plain")
        #expect(request.headerFields[.accept] == "text/plain")
        #expect(transport.lastBody == "hello")
        #expect(text == "stored")
    }
}

/// Success responses with different bodies: an enum with a case per status, chosen by the status
/// received; a 204 has no body (nil), whatever the spec lists for it.
@Suite struct ClientStatusResultTests {
    func start(_ status: Int, _ body: String) async throws -> JobsStartResult? {
        try await Client(serverURL: ClientSecurityTests.server, transport: RecordingTransport(status: status, responseBody: body)).jobsStart()
    }

    @Test func eachStatusDecodesItsOwnBody() async throws {
        #expect(try await start(202, #"{"queue":"q"}"#) == .status202(.init(queue: "q")))
        #expect(try await start(200, #"{"title":"done"}"#) == .status200(Problem(title: "done")))
        #expect(try await start(204, "") == nil)
    }
}

/// A parameter given by a JSON `content` is sent as JSON text.
@Suite struct ClientJSONParameterTests {
    @Test func queryAndHeaderParametersWithJSONContentAreJSONText() async throws {
        let transport = RecordingTransport()
        try await Client(serverURL: ClientSecurityTests.server, transport: transport).search(filter: .init(name: "a b"), xContext: ["x"])
        let request = try #require(transport.last)
        #expect(request.path == "/search?filter=%7B%22name%22%3A%22a%20b%22%7D")
        #expect(request.headerFields[HTTPField.Name("X-Context")!] == #"["x"]"#)
    }
}

/// The headers a response declares come out typed from the `…WithHeaders` variant; the plain
/// call still returns the body alone.
@Suite struct ClientResponseHeaderTests {
    fileprivate func client(_ transport: RecordingTransport) -> Client { Client(serverURL: ClientSecurityTests.server, transport: transport) }

    @Test func eachHeaderIsReadAsItsSchemasType() async throws {
        let transport = RecordingTransport(
            status: 200, responseBody: #"["a","b"]"#,
            headers: [
                ("X-Result-Count", "42"), ("Link", #"<https://api.example.com/pages?page=2>; rel="next""#), ("X-Ids", "3, 4"),
                ("X-Ids", "5"), ("X-State", "stale"), ("Expires", "Sun, 06 Nov 1994 08:49:37 GMT"),
                ("Set-Cookie", "a=1; Expires=Wed, 21 Oct 2015 07:28:00 GMT"), ("Set-Cookie", "b=2"), ("X-Meta", #"{"n":7}"#),
            ])
        let (names, headers) = try await client(transport).pagesListWithHeaders()
        #expect(names == ["a", "b"])
        #expect(headers.xResultCount == 42)
        #expect(headers.link == #"<https://api.example.com/pages?page=2>; rel="next""#)
        #expect(headers.xIds == [3, 4, 5])  // comma-separated, over both fields
        #expect(headers.xState == .stale)
        #expect(headers.expires == Date(timeIntervalSince1970: 784_111_777))  // an HTTP date
        #expect(headers.setCookie == ["a=1; Expires=Wed, 21 Oct 2015 07:28:00 GMT", "b=2"])  // one cookie per field
        #expect(headers.xMeta == PagesListXMeta(n: 7))  // JSON content
        // The simple call is unchanged: the body alone.
        #expect(try await client(transport).pagesList() == ["a", "b"])
    }

    @Test func optionalHeadersMayBeMissingAndUnknownEnumValuesAreKept() async throws {
        let transport = RecordingTransport(status: 200, responseBody: "[]", headers: [("x-result-count", "0"), ("X-State", "frozen")])
        let headers = try await client(transport).pagesListWithHeaders().headers
        #expect(headers == PagesListHeaders(xResultCount: 0, xState: .unknown("frozen")))
    }

    @Test func aMissingRequiredHeaderOrAValueOfAnotherTypeThrows() async throws {
        let missing = RecordingTransport(status: 200, responseBody: "[]")
        await #expect(throws: DecodingError.self) { _ = try await self.client(missing).pagesListWithHeaders() }
        let notAnInteger = RecordingTransport(status: 200, responseBody: "[]", headers: [("X-Result-Count", "many")])
        await #expect(throws: DecodingError.self) { _ = try await self.client(notAnInteger).pagesListWithHeaders() }
    }

    @Test func withoutABodyTheHeadersAreTheResult() async throws {
        let headers = try await client(RecordingTransport(status: 204, headers: [("X-Purged", "3")])).pagesPurgeWithHeaders()
        #expect(headers.xPurged == 3)
    }

    @Test func aResultByStatusComesWithTheHeadersOfItsResponse() async throws {
        let transport = RecordingTransport(status: 202, responseBody: #"{"queue":"q"}"#, headers: [("Location", "https://api.example.com/jobs/1")])
        let (body, headers) = try await client(transport).jobsStartWithHeaders()
        #expect(body == .status202(.init(queue: "q")))
        #expect(headers.location == URL(string: "https://api.example.com/jobs/1"))
    }
}
