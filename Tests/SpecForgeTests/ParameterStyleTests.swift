import Foundation
import HTTPTypes
import OpenAPIRuntime
import StylesAPI
import Testing

/// Records what the client sends and answers every request with one canned response.
private final class CapturingTransport: ClientTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var sent: [(request: HTTPRequest, body: Data?)] = []
    let status: Int
    let responseBody: String

    init(status: Int = 204, responseBody: String = "") {
        self.status = status
        self.responseBody = responseBody
    }

    var last: (request: HTTPRequest, body: Data?)? { lock.withLock { sent.last } }

    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        var data: Data?
        if let body { data = try await Data(collecting: body, upTo: .max) }
        lock.withLock { sent.append((request, data)) }
        return (HTTPResponse(status: .init(code: status)), HTTPBody(responseBody))
    }
}

/// The request one client call sends.
private func request(_ call: (Client) async throws -> Void) async throws -> HTTPRequest {
    let transport = CapturingTransport()
    try await call(Client(serverURL: URL(string: "https://api.example.com")!, transport: transport))
    return try #require(transport.last?.request)
}

/// The path and query one client call sends.
private func path(_ call: (Client) async throws -> Void) async throws -> String {
    try await request(call).path ?? ""
}

private let filter = Filter(role: "admin", level: 2)

/// The generated client of specs/parameter-styles.yaml (Generated/Swift/StylesAPI), sending
/// through a transport that records the request: every OpenAPI parameter style, as written.
@Suite("Parameter serialization in the generated client")
struct ParameterStyleTests {
    @Test("query form, exploded (the default): a list repeats the name; values are percent-encoded")
    func queryForm() async throws {
        #expect(try await path { try await $0.queryForm(id: [3, 4]) } == "/query/form?id=3&id=4")
        #expect(try await path { try await $0.queryForm(q: "a b&c=d+e#f/g?ü", state: .archived) }
            == "/query/form?q=a%20b%26c%3Dd%2Be%23f%2Fg%3F%C3%BC&state=archived")
        #expect(try await path { try await $0.queryForm() } == "/query/form")
        #expect(try await path { try await $0.queryForm(id: []) } == "/query/form")
    }

    @Test("query form, not exploded: a list is comma-separated (a comma in a value is encoded)")
    func queryFormCommas() async throws {
        #expect(try await path { try await $0.queryFormCommas(id: [3, 4], tags: ["a,b", "c"]) }
            == "/query/form-commas?id=3,4&tags=a%2Cb,c")
    }

    @Test("query form with an object: its properties as parameters, or name=k,v,k,v when not exploded")
    func queryFormObject() async throws {
        #expect(try await path { try await $0.queryFormObject(id: filter) } == "/query/form-object?level=2&role=admin")
        #expect(try await path { try await $0.queryFormObjectCommas(id: filter) } == "/query/form-object-commas?id=level,2,role,admin")
        #expect(try await path { try await $0.queryFormObject(id: Filter(role: "a&b")) } == "/query/form-object?role=a%26b")
    }

    @Test("query deepObject: name[property]=value")
    func deepObject() async throws {
        #expect(try await path { try await $0.queryDeepObject(id: .init(role: "admin")) } == "/query/deep-object?id[role]=admin")
        let since = Date(timeIntervalSince1970: 1_717_156_800)
        #expect(try await path { try await $0.queryDeepObject(id: .init(role: "site admin", since: since)) }
            == "/query/deep-object?id[role]=site%20admin&id[since]=2024-05-31T12%3A00%3A00.000Z")
    }

    @Test("query spaceDelimited and pipeDelimited lists")
    func delimited() async throws {
        #expect(try await path { try await $0.querySpaceDelimited(id: [3, 4]) } == "/query/space-delimited?id=3%204")
        #expect(try await path { try await $0.queryPipeDelimited(id: [3, 4]) } == "/query/pipe-delimited?id=3|4")
    }

    @Test("path simple: lists and objects comma-separated; a slash in a value is encoded")
    func pathSimple() async throws {
        #expect(try await path { try await $0.pathSimple(id: [3, 4], name: "a/b c") } == "/path/simple/3,4/a%2Fb%20c")
        #expect(try await path { try await $0.pathSimpleObject(id: filter, exploded: filter) }
            == "/path/simple-object/level,2,role,admin/level=2,role=admin")
    }

    @Test("path label: .a,b, or .a.b exploded")
    func pathLabel() async throws {
        #expect(try await path { try await $0.pathLabel(id: [3, 4], exploded: [5, 6]) } == "/path/label/.3,4.5.6")
        #expect(try await path { try await $0.pathLabelObject(id: filter) } == "/path/label-object/.level=2.role=admin")
    }

    @Test("path matrix: ;name=a,b, or ;name=a;name=b exploded")
    func pathMatrix() async throws {
        #expect(try await path { try await $0.pathMatrix(id: [3, 4], exploded: [5, 6], one: 7) }
            == "/path/matrix/;id=3,4;exploded=5;exploded=6;one=7")
        #expect(try await path { try await $0.pathMatrixObject(id: filter) } == "/path/matrix-object/;level=2;role=admin")
    }

    @Test("header simple: lists comma-separated, objects k,v or k=v exploded")
    func headers() async throws {
        let id = UUID(uuidString: "6F9619FF-8B86-D011-B42D-00C04FC964FF")!
        let sent = try await request { try await $0.headers(xRequestID: id, xIds: [3, 4], xFilter: filter) }
        #expect(sent.headerFields[HTTPField.Name("X-Ids")!] == "3,4")
        #expect(sent.headerFields[HTTPField.Name("X-Filter")!] == "level=2,role=admin")
        #expect(sent.headerFields[HTTPField.Name("X-Request-ID")!] == "6f9619ff-8b86-d011-b42d-00c04fc964ff")
        #expect(sent.path == "/headers")
    }

    @Test("cookies: one Cookie header of name=value pairs (style form)")
    func cookies() async throws {
        let sent = try await request { try await $0.cookies(session: "abc", ids: [3, 4], theme: .active) }
        #expect(sent.headerFields[.cookie] == "session=abc; ids=3,4; theme=active")
        let only = try await request { try await $0.cookies(session: "a;b c") }
        #expect(only.headerFields[.cookie] == "session=a%3Bb%20c")
    }

    @Test("A schema with read-only and write-only properties: the request type leaves out the read-only ones, the response type the write-only ones")
    func requestVariant() async throws {
        let transport = CapturingTransport(status: 201, responseBody: #"{"id": 7, "name": "Ann"}"#)
        let client = Client(serverURL: URL(string: "https://api.example.com")!, transport: transport)
        let user: User = try await client.usersCreate(body: UserRequest(name: "Ann", password: "secret"))
        #expect(user == User(id: 7, name: "Ann"))
        let body = try #require(transport.last?.body)
        #expect(String(decoding: body, as: UTF8.self) == #"{"name":"Ann","password":"secret"}"#)
    }
}
