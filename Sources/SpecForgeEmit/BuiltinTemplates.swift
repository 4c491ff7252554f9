// Generated from Templates/ by `swift run embed-templates`. Do not edit.

enum BuiltinTemplates {
    static let files: [(path: String, text: String)] = [
        ("diff/page.mustache", #"""
# OpenAPI schema diff - {{{version}}}

## For version {{{version}}}

{{{report}}}

"""#),
        ("docs/defaults.yaml", #"""
# Built-in defaults of the Markdown reference. A layout file can override `examples.values`.
# Override this whole file with `--templates DIR` (DIR/docs/defaults.yaml).

# Sections a page's operations fall into, in the order they appear. An operation's *action* is
# its operationId less the page's common prefix. An action named in `names` goes to that
# section; otherwise the first section with a matching prefix (the action is the prefix itself
# or starts with it followed by `_`); otherwise the section marked `rest`. A page whose
# operations all fall into one section shows no sections.
sections:
  - title: Core CRUD
    prefixes: [list, retrieve, create, update, partial_update, destroy, pull, unlink]
  - title: Permissions & Users
    names: [list_users_list, add_user, delete_user, update_user]
  - title: Other Actions
    rest: true

# Example values of the HTTPie, Python and TypeScript tabs, tried in this order:
# an enum gives its first value (whatever the field's name);
# 1. `string-names`: a string field of exactly this name;
# 2. `names`: a field of exactly this name, of any type;
# then a composition (allOf/oneOf/anyOf) or an untyped field gives null;
# 3. `string-patterns`: a string field whose name matches (`*` matches any text), first match wins;
# 4. `formats`: a string field by its format;
# 5. `types`: by type.
# In strings, {resource} is the resource the operation acts on, in the singular, and {field}
# the field's name with `_` written `-`.
examples:
  string-names:
    name: my-awesome-{resource}
  names:
    username: alice
    email: alice@example.com
    description: A sample description.
    key: ssh-rsa AAAAB3NzaC1yc2EAAA...
    size: 100
    disk: 20480
    disk_size: 20480
    ram_limit: 2048
    ip_address: 192.168.42.50
    from_port: 8080
    to_port: 8080
    cidr: 192.168.1.0/24
    backend_id: ext-a1b2c3d4
    security_groups: [web-server-sg]
    ports: [private-vlan-port]
  string-patterns:
    - match: "*password*"
      value: "********"
    - match: "*token*"
      value: "********"
    - match: "*api_key*"
      value: "********"
    - match: "*_uuid"
      value: a1b2c3d4-e5f6-7890-abcd-ef1234567890
  formats:
    uuid: a1b2c3d4-e5f6-7890-abcd-ef1234567890
    email: alice@example.com
    uri: https://api.example.com/api/{field}/a1b2c3d4-e5f6-7890-abcd-ef1234567890/
    date-time: "2023-10-01T12:00:00Z"
    date: "2023-10-01"
    byte: ZXhhbXBsZQ==
    ipv4: 192.0.2.10
    ipv6: "2001:db8::10"
    hostname: host.example.com
  types:
    string: string-value
    integer: 123
    number: 123.45
    boolean: true
    array: []
    object: {}
  # Path parameters that are strings, by name, when the spec gives no example: tried after the
  # rules above have given only the `types` placeholder.
  path-patterns:
    - match: "*uuid*"
      value: a1b2c3d4-e5f6-7890-abcd-ef1234567890
    - match: "*id"
      value: "123"
    - match: "*Id"
      value: "123"
    - match: "*slug*"
      value: my-{field}
    - match: "*"
      value: example-{field}
  # The URL the examples call when neither the layout nor the spec's `servers` names one;
  # relative server URLs are resolved against it.
  base-url: https://api.example.com
  # HTTPie request items that authenticate, by the kind of the operation's security scheme:
  # `http-<scheme>`, `apiKey-<in>`, `oauth2`, `openIdConnect`; `{name}` is the apiKey's name.
  # An item starting with `-` is an option and goes before the method. A layout's
  # `examples.authentication` overrides these by scheme name or by kind.
  authentication:
    http-bearer: 'Authorization:"Bearer YOUR_ACCESS_TOKEN"'
    http-basic: "-a username:password"
    apiKey-header: '{name}:"YOUR_API_KEY"'
    apiKey-query: "{name}==YOUR_API_KEY"
    apiKey-cookie: 'Cookie:"{name}=YOUR_API_KEY"'
    oauth2: 'Authorization:"Bearer YOUR_ACCESS_TOKEN"'
    openIdConnect: 'Authorization:"Bearer YOUR_ACCESS_TOKEN"'

"""#),
        ("docs/index.mustache", #"""
# {{{title}}}
{{#intro}}

{{{intro}}}
{{/intro}}
{{#hasPages}}

{{/hasPages}}
{{#pages}}
- [{{{pageTitle}}}](./{{{link}}}){{#summary}}: {{{summary}}}{{/summary}}
{{/pages}}
{{#categories}}

## {{{categoryTitle}}}

{{#groups}}
- [{{{groupTitle}}}](./{{{link}}})
{{/groups}}
{{/categories}}

{{#changes}}

## {{{changesTitle}}}

- [{{{changesTitle}}} in {{{version}}}](./{{{link}}})
{{/changes}}

"""#),
        ("docs/operation.mustache", #"""
### {{{title}}}

{{#description}}
{{{description}}}

{{/description}}

=== "HTTPie"

    ```bash
{{#httpie}}
{{#arrayBody}}
    echo '{{{arrayBody}}}' | http \
{{/arrayBody}}
{{^arrayBody}}
    http \
{{/arrayBody}}
{{#args}}
      {{{text}}}{{#more}} \{{/more}}
{{/args}}
{{/httpie}}
    ```
{{#python}}

=== "Python"

{{#upstream}}
    ```python
    from {{{package}}}.client import AuthenticatedClient
{{#models}}
    from {{{package}}}.models.{{{module}}} import {{{name}}} # ({{{n}}})
{{/models}}
    from {{{package}}}.api.{{{apiModule}}} import {{{operationId}}} # ({{{apiN}}})
    
    client = AuthenticatedClient(
        base_url="{{{baseURL}}}", token="YOUR_API_TOKEN"
    )
{{#body}}
    
{{#hasFields}}
    body_data = {{{model}}}(
{{#fields}}
        {{{text}}}{{#comma}},{{/comma}}
{{/fields}}
    )
{{/hasFields}}
{{^hasFields}}
    body_data = {{{model}}}()
{{/hasFields}}
{{/body}}
{{#inlineCall}}
    response = {{{operationId}}}.sync(client=client)
{{/inlineCall}}
{{^inlineCall}}
    response = {{{operationId}}}.sync(
{{#args}}
        {{{text}}}{{#comma}},{{/comma}}
{{/args}}
    )
{{/inlineCall}}
    
{{#listResponse}}
    for item in response:
        print(item)
{{/listResponse}}
{{^listResponse}}
    print(response)
{{/listResponse}}
    ```
    
    
{{#footnotes}}
    {{{n}}}.  **{{{kind}}} Source:** [`{{{name}}}`]({{{url}}})
{{/footnotes}}
{{/upstream}}
{{^upstream}}
    ```python
{{#imports}}
    {{{.}}}
{{/imports}}
    from {{{package}}} import {{{clientClass}}}
{{#modelImports}}
    from {{{package}}}.models import {{{name}}}{{#n}} # ({{{n}}}){{/n}}
{{/modelImports}}
    from {{{package}}}.api.{{{apiModule}}} import {{{function}}}{{#apiN}} # ({{{apiN}}}){{/apiN}}
    
    client = {{{clientClass}}}(base_url="{{{baseURL}}}"{{#token}}, token="YOUR_API_TOKEN"{{/token}})
{{#bodyValue}}
    
    body_data = {{{bodyValue}}}
{{/bodyValue}}
    
    response = {{{function}}}.{{{call}}}(
{{#args}}
        {{{text}}}{{#comma}},{{/comma}}
{{/args}}
    )
    print(response)
    ```
{{#hasFootnotes}}
    
    
{{/hasFootnotes}}
{{#footnotes}}
    {{{n}}}.  **{{{kind}}} Source:** [`{{{name}}}`]({{{url}}})
{{/footnotes}}
{{/upstream}}
{{/python}}
{{#typescript}}

=== "TypeScript"

    ```typescript
    import { {{{function}}} } from '{{{package}}}';
    
    try {
      const response = await {{{function}}}({
{{#upstream}}
      auth: "{{{auth}}}"{{#groups}},
      {{{name}}}: {
{{#entries}}
        {{{text}}}{{#comma}},{{/comma}}
{{/entries}}
      }{{/groups}}{{#arrayBody}},
      body: {{{arrayBody}}}{{/arrayBody}}
{{/upstream}}
{{^upstream}}
{{#options}}
      {{{text}}}{{#comma}},{{/comma}}
{{/options}}
{{/upstream}}
    });
      console.log('Success:', response);
    } catch (error) {
      console.error('Error:', error);
    }
    ```
{{/typescript}}
{{#swift}}

=== "Swift"

    ```swift
    import Foundation
    import {{{module}}}
    
    let client = Client(serverURL: URL(string: {{{baseURL}}})!{{#auth}}, {{{parameter}}}: {{#password}}"YOUR_USERNAME", {{{password}}}: "YOUR_PASSWORD"{{/password}}{{^password}}"YOUR_API_TOKEN"{{/password}}{{/auth}})
    
{{#structBody}}
{{#hasFields}}
    let body = {{{type}}}(
{{#fields}}
        {{{text}}}{{#comma}},{{/comma}}
{{/fields}}
    )
{{/hasFields}}
{{^hasFields}}
    let body = {{{type}}}()
{{/hasFields}}
{{/structBody}}
{{#valueBody}}
    let body: {{{type}}} = {{{value}}}
{{/valueBody}}
{{#inlineCall}}
    {{#returnsValue}}let result = {{/returnsValue}}try await client.{{{method}}}({{#args}}{{{text}}}{{/args}})
{{/inlineCall}}
{{^inlineCall}}
    {{#returnsValue}}let result = {{/returnsValue}}try await client.{{{method}}}(
{{#args}}
        {{{text}}}{{#comma}},{{/comma}}
{{/args}}
    )
{{/inlineCall}}
{{#returnsValue}}
    
{{#list}}
    for item in result{{#optional}} ?? []{{/optional}} {
        print(item)
    }
{{/list}}
{{^list}}
{{#optional}}
    if let result {
        print(result)
    }
{{/optional}}
{{^optional}}
    print(result)
{{/optional}}
{{/list}}
{{/returnsValue}}
    ```
{{/swift}}

{{#pathParameters}}

=== "Path Parameters"

{{> docs/table}}

{{/pathParameters}}
{{#queryParameters}}

=== "Query Parameters"

{{> docs/table}}

{{/queryParameters}}
{{#requestBody}}

=== "Request Body{{#required}} (required){{/required}}"

{{#isArray}}
    The request body is an array of objects, where each object has the following structure:
    
{{/isArray}}
{{#table}}
{{> docs/table}}
{{/table}}

{{/requestBody}}

=== "Responses"

{{#responses}}
{{^first}}
    
    ---
    
{{/first}}
    **`{{{status}}}`** - {{{statusDescription}}}
    
{{#table}}
{{#isArray}}
    The response body is an array of objects, where each object has the following structure:
    
{{/isArray}}
{{> docs/table}}
{{/table}}
{{/responses}}

---

"""#),
        ("docs/page.mustache", #"""
# {{{title}}}
{{#intro}}

{{{intro}}}
{{/intro}}

## Operations Summary

| Method | Endpoint | Description |
|:--- |:--- |:--- |
{{#summary}}
{{#sectionRow}}
| **{{{sectionRow}}}** | | |
{{/sectionRow}}
{{^sectionRow}}
| <span class="http-badge http-{{{method}}}">{{{methodUpper}}}</span> | `{{{path}}}` | [{{{title}}}](#{{{anchor}}}) |
{{/sectionRow}}
{{/summary}}

---
{{#sections}}
{{^firstSection}}

{{/firstSection}}
{{#heading}}
## {{{heading}}}

{{/heading}}
{{#operations}}

{{> docs/operation}}
{{/operations}}
{{/sections}}

"""#),
        ("docs/table.mustache", #"""
    |{{#columns}} {{{.}}} |{{/columns}}
    |{{#columns}}---|{{/columns}}
{{#rows}}
    |{{#cells}} {{{.}}} |{{/cells}}
{{/rows}}

"""#),
        ("referee/calls.mustache", #"""
// Generated by SpecForge: calls of the round-trip driver. Do not edit.

import Foundation
import {{{module}}}

extension RefereeDriver {
    static func calls{{{number}}}(_ client: Client, _ referee: Referee) async {
{{#calls}}
{{#skipped}}
        referee.skip({{{index}}}, "{{{operationId}}}", "{{{method}}}", "{{{route}}}", reason: "{{{skipped}}}")
{{/skipped}}
{{^skipped}}
        await referee.call({{{index}}}, "{{{operationId}}}", "{{{method}}}", "{{{route}}}", security: [{{{security}}}]) { expect in
{{#arguments}}
            let {{{name}}}: {{{type}}} = {{{value}}}
{{#body}}
            expect.body({{{name}}})
{{/body}}
{{^body}}
            expect.{{{location}}}("{{{key}}}", {{{name}}})
{{/body}}
{{/arguments}}
{{#returnsValue}}
            let result = try await {{{call}}}
            expect.response(result)
{{/returnsValue}}
{{^returnsValue}}
            try await {{{call}}}
{{/returnsValue}}
        }
{{/skipped}}
{{/calls}}
    }
}

"""#),
        ("referee/driver.mustache", #"""
// Generated by SpecForge: the round-trip driver of {{{title}}}. Do not edit.

import Foundation
import {{{module}}}

/// Calls every operation ({{{operations}}}) through the SDK's client against a referee server,
/// and prints one JSON line per call: what it passed and how the call ended.
///
///     RefereeDriver SERVER_URL
@main
nonisolated enum RefereeDriver {
    /// The client's credentials: one per security scheme the client can send, each a value of its own.
    static let credentials: [[String: String]] = [
{{#credentials}}
        ["scheme": "{{{scheme}}}", "location": "{{{location}}}", "name": "{{{name}}}", "prefix": "{{{prefix}}}", "value": "{{{value}}}"{{#password}}, "password": "{{{passwordValue}}}"{{/password}}],
{{/credentials}}
    ]

    static func main() async {
        guard CommandLine.arguments.count > 1, let serverURL = URL(string: CommandLine.arguments[1]) else {
            FileHandle.standardError.write(Data("usage: RefereeDriver SERVER_URL\n".utf8))
            exit(2)
        }
        let client = Client(
            serverURL: serverURL,
{{#credentials}}
            {{{parameter}}}: "{{{value}}}",
{{#password}}
            {{{password}}}: "{{{passwordValue}}}",
{{/password}}
{{/credentials}}
            middlewares: [RefereeTagging()]
        )
        let referee = Referee(credentials: credentials)
        referee.start(operations: {{{operations}}})
{{#files}}
        await calls{{{number}}}(client, referee)
{{/files}}
    }
}

"""#),
        ("referee/support.mustache", #"""
// Generated by SpecForge: the recording of the round-trip driver. Do not edit.

import Foundation
import HTTPTypes
import OpenAPIRuntime
import {{{module}}}

/// What one call passed: each parameter by location and name, and the body, as JSON (the
/// SDK's own encoding of the Swift value).
nonisolated final class Expected: @unchecked Sendable {
    var parameters: [String: [String: Any]] = ["path": [:], "query": [:], "header": [:], "cookie": [:]]
    var body: Any?
    /// The decoded response, encoded again (nil when the result is no `Encodable` value).
    var response: Any?

    func path<T: Encodable>(_ name: String, _ value: T) { add("path", name, value) }
    func query<T: Encodable>(_ name: String, _ value: T) { add("query", name, value) }
    func header<T: Encodable>(_ name: String, _ value: T) { add("header", name, value) }
    func cookie<T: Encodable>(_ name: String, _ value: T) { add("cookie", name, value) }
    func body<T: Encodable>(_ value: T) { body = Self.json(value) }
    func response<T>(_ value: T) {
        if let value = value as? any Encodable { response = Self.json(value) }
    }

    private func add<T: Encodable>(_ location: String, _ name: String, _ value: T) {
        guard let json = Self.json(value), !(json is NSNull) else { return }
        parameters[location]![name] = json
    }

    /// A value as JSON; binary data as `{"$bytes": base64}`, text as itself.
    static func json<T: Encodable>(_ value: T) -> Any? {
        if let data = value as? Data { return ["$bytes": data.base64EncodedString()] }
        guard let encoded = try? APICoding.encoder.encode(value) else { return ["$unencodable": "\(T.self)"] }
        return try? JSONSerialization.jsonObject(with: encoded, options: [.fragmentsAllowed])
    }
}

/// The call a request belongs to, for the referee: its number and its operation.
nonisolated enum RefereeContext {
    @TaskLocal static var call = ""
    @TaskLocal static var route = ""
}

/// Tags every request with `X-Referee-Call` and `X-Referee-Route` (`METHOD /path/{template}`).
nonisolated struct RefereeTagging: ClientMiddleware {
    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        var request = request
        request.headerFields[HTTPField.Name("X-Referee-Call")!] = RefereeContext.call
        request.headerFields[HTTPField.Name("X-Referee-Route")!] = RefereeContext.route
        return try await next(request, body, baseURL)
    }
}

/// Makes the calls and prints one JSON line per call.
nonisolated struct Referee: Sendable {
    let credentials: [[String: String]]

    func call(
        _ index: Int, _ operationID: String, _ method: String, _ route: String, security: [String],
        _ body: (Expected) async throws -> Void
    ) async {
        let expected = Expected()
        var outcome = "ok"
        var detail = ""
        do {
            try await RefereeContext.$call.withValue(String(index)) {
                try await RefereeContext.$route.withValue(method + " " + route) { try await body(expected) }
            }
        } catch let error as APIError {
            outcome = "status"
            detail = "\(error.statusCode): " + String(decoding: error.body.prefix(2000), as: UTF8.self)
        } catch let error as DecodingError {
            outcome = "decode"
            detail = "\(error)"
        } catch {
            outcome = "error"
            detail = "\(error)"
        }
        let sent = credentials.filter { security.contains($0["scheme"]!) }
        print(line([
            "call": index, "operation": operationID, "method": method, "route": route,
            "parameters": expected.parameters, "body": expected.body ?? NSNull(), "hasBody": expected.body != nil,
            "response": expected.response ?? NSNull(), "hasResponse": expected.response != nil,
            "credentials": sent, "otherCredentials": credentials.filter { !security.contains($0["scheme"]!) },
            "outcome": outcome, "detail": detail,
        ]))
    }

    /// The first line: how many calls follow (a driver that stops early leaves calls out).
    func start(operations: Int) {
        print(line(["operations": operations]))
    }

    /// A call the driver cannot make (no value of a required argument's type).
    func skip(_ index: Int, _ operationID: String, _ method: String, _ route: String, reason: String) {
        print(line(["call": index, "operation": operationID, "method": method, "route": route, "outcome": "skipped", "detail": reason]))
    }

    private func line(_ object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else {
            return "{\"outcome\": \"error\", \"detail\": \"unprintable record\"}"
        }
        return String(decoding: data, as: UTF8.self)
    }
}

"""#),
        ("swift/access.mustache", #"""
{{#accessPublic}}public{{/accessPublic}}{{#accessPackage}}package{{/accessPackage}}{{#accessInternal}}internal{{/accessInternal}}
"""#),
        ("swift/alias.mustache", #"""
{{#doc}}
///{{{.}}}
{{/doc}}
{{> swift/access}} typealias {{{name}}} = {{{target}}}

"""#),
        ("swift/client-tag.mustache", #"""
// Generated by SpecForge from the OpenAPI document. Do not edit.

import Foundation
import OpenAPIRuntime

nonisolated extension Client {
{{#operations}}
{{#common}}
{{#methods}}
{{> swift/operation}}
{{/methods}}
{{/common}}
{{/operations}}
}

"""#),
        ("swift/client.mustache", #"""
// Generated by SpecForge from the OpenAPI document. Do not edit.

import Foundation
import HTTPTypes
import OpenAPIRuntime
import OpenAPIURLSession

/// A client for {{{title}}} {{{version}}}: one method per operation, in extensions by tag.
///
/// Requests go through `middlewares` (in order) and then `transport`; by default `URLSessionTransport`.
{{#hasAuth}}
/// Each request carries the credentials its operation requires: those of the first of its
/// security alternatives the client holds all of.
{{/hasAuth}}
{{{access}}} nonisolated struct Client: Sendable {
    {{{access}}} let serverURL: URL
    let transport: any ClientTransport
    let middlewares: [any ClientMiddleware]
{{#hasAuth}}
    let credentials: Credentials
{{/hasAuth}}

    /// - Parameters:
    ///   - serverURL: The API's base URL; paths of operations are appended to it.
{{#auth}}
    ///   - {{{parameter}}}: {{{doc}}}
{{/auth}}
    ///   - transport: Sends requests; `URLSessionTransport()` unless given.
    ///   - middlewares: Run on every request and response, in order.
    {{{access}}} init(
        serverURL: URL,
{{#auth}}
        {{{parameter}}}: String? = nil,
{{#password}}
        {{{password}}}: String? = nil,
{{/password}}
{{/auth}}
        transport: any ClientTransport = URLSessionTransport(),
        middlewares: [any ClientMiddleware] = []
    ) {
        self.serverURL = serverURL
        self.transport = transport
        self.middlewares = middlewares
{{#hasAuth}}
        self.credentials = Credentials({{#credentialFields}}{{{name}}}: {{{name}}}{{^last}}, {{/last}}{{/credentialFields}})
{{/hasAuth}}
    }
{{#hasAuth}}

    /// Adds to `request` the credentials of the first of `alternatives` (sets of security
    /// schemes, in the operation's order) that the client holds all of; none when it holds none.
    func _authenticate(_ request: inout APIRequest, _ alternatives: [[SecurityScheme]]) {
        for alternative in alternatives where alternative.allSatisfy(credentials.holds) {
            for scheme in alternative { credentials.add(scheme, to: &request) }
            return
        }
    }
{{/hasAuth}}

    /// Sends a request through the middlewares and the transport; returns the response and its whole body.
    func _send(_ request: APIRequest) async throws -> APIResponse {
        let (response, responseBody) = try await _transmit(request)
        var data = Data()
        if let responseBody { data = try await Data(collecting: responseBody, upTo: .max) }
        return APIResponse(operationID: request.operationID, response: response, body: data)
    }

    /// Sends a request through the middlewares and the transport; returns the response and its body as it arrives.
    func _transmit(_ request: APIRequest) async throws -> (HTTPResponse, HTTPBody?) {
        var http = HTTPRequest(method: request.method, scheme: nil, authority: nil, path: request.pathAndQuery)
        http.headerFields = request.headers
        let body = request.body.map { HTTPBody($0) }
        let operationID = request.operationID
        let transport = self.transport
        var next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?) = { request, body, url in
            try await transport.send(request, body: body, baseURL: url, operationID: operationID)
        }
        for middleware in middlewares.reversed() {
            let tail = next
            next = { request, body, url in
                try await middleware.intercept(request, body: body, baseURL: url, operationID: operationID, next: tail)
            }
        }
        return try await next(http, body, serverURL)
    }

    /// Sends and checks the status, and returns the body unread, to be consumed as it arrives
    /// (large downloads); a status other than `expected` reads the body into the `APIError`.
    func _sendStreaming(_ request: APIRequest, expecting expected: some Sequence<Int>, errors: [APIError.DocumentedBody] = []) async throws -> HTTPBody {
        let (response, body) = try await _transmit(request)
        let status = response.status.code
        guard expected.contains(status) else {
            var data = Data()
            if let body { data = try await Data(collecting: body, upTo: .max) }
            throw APIError(
                operationID: request.operationID, statusCode: status, headers: response.headerFields, body: data,
                payload: errors.first { $0.statuses.contains(status) }?.decode(data))
        }
        return body ?? HTTPBody()
    }

    /// Sends and checks the status: a status other than `expected` throws an `APIError`.
    func _sendChecked(_ request: APIRequest, expecting expected: some Sequence<Int>, errors: [APIError.DocumentedBody] = []) async throws -> APIResponse {
        let response = try await _send(request)
        let status = response.response.status.code
        guard expected.contains(status) else {
            throw APIError(
                operationID: request.operationID, statusCode: status, headers: response.response.headerFields, body: response.body,
                payload: errors.first { $0.statuses.contains(status) }?.decode(response.body))
        }
        return response
    }

    func _sendJSON<T: Decodable>(_ request: APIRequest, expecting expected: some Sequence<Int>, errors: [APIError.DocumentedBody] = [], as type: T.Type) async throws -> T {
        let response = try await _sendChecked(request, expecting: expected, errors: errors)
        return try APICoding.decoder.decode(T.self, from: response.body)
    }

    /// A JSON body, or nil for a success status without one (e.g. 204).
    func _sendOptionalJSON<T: Decodable>(_ request: APIRequest, expecting expected: some Sequence<Int>, errors: [APIError.DocumentedBody] = [], as type: T.Type) async throws -> T? {
        let response = try await _sendChecked(request, expecting: expected, errors: errors)
        if response.body.isEmpty { return nil }
        return try APICoding.decoder.decode(T.self, from: response.body)
    }

    func _sendText(_ request: APIRequest, expecting expected: some Sequence<Int>, errors: [APIError.DocumentedBody] = []) async throws -> String {
        String(decoding: try await _sendChecked(request, expecting: expected, errors: errors).body, as: UTF8.self)
    }

    func _sendData(_ request: APIRequest, expecting expected: some Sequence<Int>, errors: [APIError.DocumentedBody] = []) async throws -> Data {
        try await _sendChecked(request, expecting: expected, errors: errors).body
    }

    func _sendVoid(_ request: APIRequest, expecting expected: some Sequence<Int>, errors: [APIError.DocumentedBody] = []) async throws {
        _ = try await _sendChecked(request, expecting: expected, errors: errors)
    }
}
{{#hasAuth}}

/// The security schemes of the API the client can send credentials for.
nonisolated enum SecurityScheme: Sendable {
{{#auth}}
    case {{{case}}}
{{/auth}}
}

/// The credentials given to the client.
nonisolated struct Credentials: Sendable {
{{#credentialFields}}
    let {{{name}}}: String?
{{/credentialFields}}

    func holds(_ scheme: SecurityScheme) -> Bool {
        switch scheme {
{{#auth}}
        case .{{{case}}}: {{{parameter}}} != nil{{#password}} && {{{password}}} != nil{{/password}}
{{/auth}}
        }
    }

    func add(_ scheme: SecurityScheme, to request: inout APIRequest) {
        switch scheme {
{{#auth}}
        case .{{{case}}}:
{{#inHeader}}
            if let {{{parameter}}} { request.addHeader("{{{name}}}", "{{{prefix}}}" + {{{parameter}}}) }
{{/inHeader}}
{{#inQuery}}
            request.addQuery("{{{name}}}", {{{parameter}}})
{{/inQuery}}
{{#inCookie}}
            request.addCookie("{{{name}}}", {{{parameter}}})
{{/inCookie}}
{{#basic}}
            if let {{{parameter}}}, let {{{password}}} {
                request.addHeader("Authorization", "Basic " + Data("\({{{parameter}}}):\({{{password}}})".utf8).base64EncodedString())
            }
{{/basic}}
{{/auth}}
        }
    }
}
{{/hasAuth}}

"""#),
        ("swift/decl.mustache", #"""
{{#isStruct}}
{{> swift/struct}}
{{/isStruct}}
{{#isHeaders}}
{{> swift/headers}}
{{/isHeaders}}
{{#isValueEnum}}
{{> swift/value-enum}}
{{/isValueEnum}}
{{#isUnion}}
{{> swift/union}}
{{/isUnion}}
{{#isAlias}}
{{> swift/alias}}
{{/isAlias}}

"""#),
        ("swift/headers.mustache", #"""
{{#doc}}
///{{{.}}}
{{/doc}}
{{> swift/access}} nonisolated struct {{{name}}}: Sendable, Hashable {
{{#properties}}
{{#doc}}
    ///{{{.}}}
{{/doc}}
    {{{access}}} let {{{name}}}: {{{type}}}
{{/properties}}

    {{{access}}} init({{#initParameters}}{{{name}}}: {{{type}}}{{#defaultNil}} = nil{{/defaultNil}}{{^last}}, {{/last}}{{/initParameters}}) {
{{#properties}}
        self.{{{name}}} = {{{name}}}
{{/properties}}
    }

    /// Reads the headers of a response (style `simple`); throws when a required one is missing
    /// or one does not read as its type.
    init(_ response: APIResponse) throws {
{{#properties}}
{{#readValue}}
        self.{{{name}}} = try response.header("{{{jsonName}}}", {{#optional}}as{{/optional}}{{^optional}}required{{/optional}}: {{{baseType}}}.self)
{{/readValue}}
{{#readList}}
        self.{{{name}}} = try response.headerList("{{{jsonName}}}", {{#optional}}of{{/optional}}{{^optional}}requiredOf{{/optional}}: {{{elementType}}}.self)
{{/readList}}
{{#readFields}}
        self.{{{name}}} = try response.headerFields({{^optional}}required: {{/optional}}"{{{jsonName}}}")
{{/readFields}}
{{#readJSON}}
        self.{{{name}}} = try response.jsonHeader("{{{jsonName}}}", {{#optional}}as{{/optional}}{{^optional}}required{{/optional}}: {{{baseType}}}.self)
{{/readJSON}}
{{/properties}}
    }
}

"""#),
        ("swift/model.mustache", #"""
// Generated by SpecForge from the OpenAPI document. Do not edit.

import Foundation
{{#decl}}

{{> swift/decl}}
{{/decl}}

"""#),
        ("swift/operation-new-request.mustache", #"""
{{#pathThrows}}try {{/pathThrows}}APIRequest(method: .{{{method}}}, path: "{{#path}}{{{text}}}{{#isParameter}}{{#plain}}\(pathComponent({{{name}}})){{/plain}}{{^plain}}\(pathParameter("{{{key}}}", {{#object}}object: {{/object}}{{{name}}}, style: .{{{style}}}, explode: {{{explode}}})){{/plain}}{{/isParameter}}{{/path}}", operationID: "{{{operationId}}}"{{#accept}}, accept: "{{{accept}}}"{{/accept}})
"""#),
        ("swift/operation-request.mustache", #"""
{{#hasSecurity}}
        _authenticate(&request, {{{security}}})
{{/hasSecurity}}
{{#parts}}
{{#json}}
        try request.{{{call}}}("{{{key}}}", json: {{{value}}})
{{/json}}
{{^json}}
        {{#object}}try {{/object}}request.{{{call}}}("{{{key}}}", {{#object}}object: {{/object}}{{{value}}}{{^defaultStyle}}, style: .{{{style}}}, explode: {{{explode}}}{{/defaultStyle}})
{{/json}}
{{/parts}}
{{#jsonBody}}
{{#bodyOptional}}
        if let body { try request.setJSONBody(body{{#jsonContentType}}, contentType: "{{{jsonContentType}}}"{{/jsonContentType}}) }
{{/bodyOptional}}
{{^bodyOptional}}
        try request.setJSONBody(body{{#jsonContentType}}, contentType: "{{{jsonContentType}}}"{{/jsonContentType}})
{{/bodyOptional}}
{{/jsonBody}}
{{#formBody}}
{{#bodyOptional}}
        if let body { try request.setFormBody(body{{#formEncoding}}, encoding: {{{formEncoding}}}{{/formEncoding}}) }
{{/bodyOptional}}
{{^bodyOptional}}
        try request.setFormBody(body{{#formEncoding}}, encoding: {{{formEncoding}}}{{/formEncoding}})
{{/bodyOptional}}
{{/formBody}}
{{#multipartBody}}
{{#bodyOptional}}
        if let body { try request.setMultipartBody(body, binaryFields: [{{{binaryFields}}}]{{#partContentTypes}}, contentTypes: {{{partContentTypes}}}{{/partContentTypes}}{{#partHeaders}}, partHeaders: {{{partHeaders}}}{{/partHeaders}}) }
{{/bodyOptional}}
{{^bodyOptional}}
        try request.setMultipartBody(body, binaryFields: [{{{binaryFields}}}]{{#partContentTypes}}, contentTypes: {{{partContentTypes}}}{{/partContentTypes}}{{#partHeaders}}, partHeaders: {{{partHeaders}}}{{/partHeaders}})
{{/bodyOptional}}
{{/multipartBody}}
{{#rawBody}}
{{#bodyOptional}}
        if let body { request.setBody({{#bodyIsText}}Data(body.utf8){{/bodyIsText}}{{^bodyIsText}}body{{/bodyIsText}}, contentType: "{{{bodyContentType}}}") }
{{/bodyOptional}}
{{^bodyOptional}}
        request.setBody({{#bodyIsText}}Data(body.utf8){{/bodyIsText}}{{^bodyIsText}}body{{/bodyIsText}}, contentType: "{{{bodyContentType}}}")
{{/bodyOptional}}
{{/rawBody}}

"""#),
        ("swift/operation.mustache", #"""

{{#doc}}
    ///{{{.}}}
{{/doc}}
{{#paged}}
    ///
    /// Every element of every page, fetching pages on demand (until an empty page or no `rel="next"` link).
{{/paged}}
{{#returnsStream}}
    ///
    /// The body unread, to be consumed as it arrives (for large downloads).
{{/returnsStream}}
{{#withHeaders}}
    ///
    /// With the headers the response declares, read as their types (`{{{headersType}}}`).
{{/withHeaders}}
{{#deprecated}}
    @available(*, deprecated)
{{/deprecated}}
{{#builder}}
    /// The request of `{{{methodName}}}` and its variants.
    private func {{{builderName}}}({{#parameters}}{{{name}}}: {{{type}}}{{^last}}, {{/last}}{{/parameters}}) throws -> APIRequest {
{{#mutable}}
        var request = {{> swift/operation-new-request}}
{{> swift/operation-request}}
        return request
{{/mutable}}
{{^mutable}}
        return {{> swift/operation-new-request}}
{{/mutable}}
    }
{{/builder}}
{{#paged}}
    {{{access}}} func {{{methodName}}}({{#parameters}}{{{name}}}: {{{type}}}{{#defaultNil}} = nil{{/defaultNil}}{{^last}}, {{/last}}{{/parameters}}) -> PageSequence<{{{pageElement}}}> {
        PageSequence(client: self) { page in try self.{{{builderName}}}({{#arguments}}{{{label}}}: {{{value}}}{{^last}}, {{/last}}{{/arguments}}) }
    }
{{/paged}}
{{^paged}}
{{^builder}}
    {{{access}}} func {{{methodName}}}({{#parameters}}{{{name}}}: {{{type}}}{{#defaultNil}} = nil{{/defaultNil}}{{^last}}, {{/last}}{{/parameters}}) async throws{{^returnsVoid}} -> {{{resultType}}}{{/returnsVoid}} {
{{#shared}}
        let request = try {{{builderName}}}({{#arguments}}{{{label}}}: {{{value}}}{{^last}}, {{/last}}{{/arguments}})
{{/shared}}
{{^shared}}
        {{#mutable}}var{{/mutable}}{{^mutable}}let{{/mutable}} request = {{> swift/operation-new-request}}
{{> swift/operation-request}}
{{/shared}}
{{#withHeaders}}
        let response = try await _sendChecked(request, expecting: {{{statuses}}}{{#errors}}, errors: {{{errors}}}{{/errors}})
        let headers = try {{{headersType}}}(response)
{{#returnsJSON}}
        return (try APICoding.decoder.decode({{{decodedType}}}.self, from: response.body), headers)
{{/returnsJSON}}
{{#returnsOptionalJSON}}
        return (try response.body.isEmpty ? nil : APICoding.decoder.decode({{{decodedType}}}.self, from: response.body), headers)
{{/returnsOptionalJSON}}
{{#returnsStatus}}
{{#returnsOptionalStatus}}
        if response.body.isEmpty { return (nil, headers) }
{{/returnsOptionalStatus}}
        switch response.response.status.code {
{{#statusCases}}
        {{#last}}default{{/last}}{{^last}}case {{{status}}}{{/last}}: return (.{{{name}}}(try APICoding.decoder.decode({{{type}}}.self, from: response.body)), headers)
{{/statusCases}}
        }
{{/returnsStatus}}
{{#returnsText}}
        return (String(decoding: response.body, as: UTF8.self), headers)
{{/returnsText}}
{{#returnsData}}
        return (response.body, headers)
{{/returnsData}}
{{#returnsHeadersOnly}}
        return headers
{{/returnsHeadersOnly}}
{{/withHeaders}}
{{^withHeaders}}
{{#returnsJSON}}
        return try await _sendJSON(request, expecting: {{{statuses}}}{{#errors}}, errors: {{{errors}}}{{/errors}}, as: {{{decodedType}}}.self)
{{/returnsJSON}}
{{#returnsOptionalJSON}}
        return try await _sendOptionalJSON(request, expecting: {{{statuses}}}{{#errors}}, errors: {{{errors}}}{{/errors}}, as: {{{decodedType}}}.self)
{{/returnsOptionalJSON}}
{{#returnsStatus}}
        let response = try await _sendChecked(request, expecting: {{{statuses}}}{{#errors}}, errors: {{{errors}}}{{/errors}})
{{#returnsOptionalStatus}}
        if response.body.isEmpty { return nil }
{{/returnsOptionalStatus}}
        switch response.response.status.code {
{{#statusCases}}
        {{#last}}default{{/last}}{{^last}}case {{{status}}}{{/last}}: return .{{{name}}}(try APICoding.decoder.decode({{{type}}}.self, from: response.body))
{{/statusCases}}
        }
{{/returnsStatus}}
{{#returnsText}}
        return try await _sendText(request, expecting: {{{statuses}}}{{#errors}}, errors: {{{errors}}}{{/errors}})
{{/returnsText}}
{{#returnsStream}}
        return try await _sendStreaming(request, expecting: {{{statuses}}}{{#errors}}, errors: {{{errors}}}{{/errors}})
{{/returnsStream}}
{{#returnsData}}
        return try await _sendData(request, expecting: {{{statuses}}}{{#errors}}, errors: {{{errors}}}{{/errors}})
{{/returnsData}}
{{#returnsVoid}}
        try await _sendVoid(request, expecting: {{{statuses}}}{{#errors}}, errors: {{{errors}}}{{/errors}})
{{/returnsVoid}}
{{/withHeaders}}
    }
{{/builder}}
{{/paged}}

"""#),
        ("swift/struct.mustache", #"""
{{#doc}}
///{{{.}}}
{{/doc}}
{{> swift/access}} nonisolated struct {{{name}}}: Codable, Sendable, Hashable {
{{! Properties are constants: `var` makes the compiler emit a setter and a modify accessor per
    property, which nearly doubled the build time of a large SDK. Make a changed copy with init. }}
{{#properties}}
{{#doc}}
    ///{{{.}}}
{{/doc}}
{{#boxed}}
    {{{access}}} var {{{name}}}: {{{type}}} { {{{key}}}{{#optional}}?{{/optional}}.value }
    let {{{key}}}: Indirect<{{{baseType}}}>{{#optional}}?{{/optional}}
{{/boxed}}
{{^boxed}}
    {{{access}}} let {{{name}}}: {{{type}}}
{{/boxed}}
{{/properties}}
{{#singleValue}}

    {{{access}}} init({{#properties}}_ {{{name}}}: {{{type}}}{{/properties}}) {
{{#properties}}
{{#boxed}}
        self.{{{key}}} = Indirect({{{name}}})
{{/boxed}}
{{^boxed}}
        self.{{{name}}} = {{{name}}}
{{/boxed}}
{{/properties}}
    }

    {{{access}}} init(from decoder: any Decoder) throws {
{{#properties}}
        self.init(try {{{baseType}}}(from: decoder))
{{/properties}}
    }

    {{{access}}} func encode(to encoder: any Encoder) throws {
{{#properties}}
        try {{{name}}}.encode(to: encoder)
{{/properties}}
    }
{{/singleValue}}
{{^singleValue}}

    {{{access}}} init({{#initParameters}}{{{name}}}: {{{type}}}{{#defaultNil}} = nil{{/defaultNil}}{{#defaultEmpty}} = [:]{{/defaultEmpty}}{{^last}}, {{/last}}{{/initParameters}}) {
{{#properties}}
{{#boxed}}
        self.{{{key}}} = {{#optional}}{{{name}}}.map(Indirect.init){{/optional}}{{^optional}}Indirect({{{name}}}){{/optional}}
{{/boxed}}
{{^boxed}}
        self.{{{name}}} = {{{name}}}
{{/boxed}}
{{/properties}}
    }
{{#hasProperties}}
{{! Written out rather than synthesised: a synthesised conformance needs a CodingKeys enum per
    struct (raw values, CodingKey, Hashable: some twenty functions each), and the helpers of
    AnyCodingKey have one overload each, so each line is cheap to type-check. Together a seventh
    less build time for the structs of the Waldur SDK (debug, measured). }}

    {{{access}}} init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
{{#properties}}
{{#additional}}
        self.{{{key}}} = try container.additional(excluding: [{{{declaredNames}}}])
{{/additional}}
{{^additional}}
        self.{{{key}}} = try container.{{#optional}}valueIfPresent{{/optional}}{{^optional}}value{{/optional}}("{{{jsonName}}}")
{{/additional}}
{{/properties}}
    }

    // Nil optional properties are left out; a required nullable property is written as an explicit null.
    {{{access}}} func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
{{#properties}}
{{#additional}}
        try container.putAdditional(self.{{{key}}})
{{/additional}}
{{^additional}}
        try container.{{#optional}}{{#explicitNull}}put{{/explicitNull}}{{^explicitNull}}putIfPresent{{/explicitNull}}{{/optional}}{{^optional}}put{{/optional}}(self.{{{key}}}, "{{{jsonName}}}")
{{/additional}}
{{/properties}}
    }
{{/hasProperties}}
{{/singleValue}}
{{#nested}}

    {{> swift/decl}}
{{/nested}}
}

"""#),
        ("swift/support/APICoding.mustache", #"""
// Generated by SpecForge. Do not edit.

import Foundation

/// The JSON coders every request and response uses.
///
/// Dates (`format: date-time`) are ISO 8601, read with or without fractional seconds and written
/// with them; `format: date` stays a `String` (`2024-05-31`).
{{{access}}} nonisolated enum APICoding {
    {{{access}}} static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = parseDate(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not an ISO 8601 date-time: \(text)")
            }
            return date
        }
        return decoder
    }

    {{{access}}} static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(formatDate(date))
        }
        return encoder
    }

    /// Parses an ISO 8601 date-time with or without fractional seconds.
    {{{access}}} static func parseDate(_ text: String) -> Date? {
        if let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text) { return date }
        return try? Date.ISO8601FormatStyle().parse(text)
    }

    {{{access}}} static func formatDate(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}

/// A coding key made from any string (properties of models, discriminator properties).
nonisolated struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}

/// The property of a model under a JSON name, its type inferred from where it goes.
nonisolated extension KeyedDecodingContainer where K == AnyCodingKey {
    /// A required property: missing or null throws.
    func value<T: Decodable>(_ name: String) throws -> T {
        try decode(T.self, forKey: AnyCodingKey(name))
    }

    /// An optional (or nullable) property: missing or null is nil.
    func valueIfPresent<T: Decodable>(_ name: String) throws -> T? {
        try decodeIfPresent(T.self, forKey: AnyCodingKey(name))
    }

    /// The properties beside the declared ones (`additionalProperties`), by name.
    func additional<T: Decodable>(excluding declared: Set<String>) throws -> [String: T] {
        var values: [String: T] = [:]
        for key in allKeys where !declared.contains(key.stringValue) {
            values[key.stringValue] = try decode(T.self, forKey: key)
        }
        return values
    }
}

nonisolated extension KeyedEncodingContainer where K == AnyCodingKey {
    /// Writes a property under its JSON name; a nil Optional is written as null.
    mutating func put<T: Encodable>(_ value: T, _ name: String) throws {
        try encode(value, forKey: AnyCodingKey(name))
    }

    /// Writes a property under its JSON name; nil leaves it out.
    mutating func putIfPresent<T: Encodable>(_ value: T?, _ name: String) throws {
        try encodeIfPresent(value, forKey: AnyCodingKey(name))
    }

    /// Writes the properties beside the declared ones (`additionalProperties`) under their names.
    mutating func putAdditional<T: Encodable>(_ values: [String: T]) throws {
        for (name, value) in values { try encode(value, forKey: AnyCodingKey(name)) }
    }
}

/// A value that can stand in a path, query or header: its text form.
{{{access}}} nonisolated protocol ParameterValue: Sendable {
    var parameterText: String { get }
}

nonisolated extension ParameterValue where Self: RawRepresentable, RawValue: ParameterValue {
    {{{access}}} var parameterText: String { rawValue.parameterText }
}

nonisolated extension String: ParameterValue {
    {{{access}}} var parameterText: String { self }
}

nonisolated extension Int: ParameterValue {
    {{{access}}} var parameterText: String { String(self) }
}

nonisolated extension Int32: ParameterValue {
    {{{access}}} var parameterText: String { String(self) }
}

nonisolated extension Int64: ParameterValue {
    {{{access}}} var parameterText: String { String(self) }
}

nonisolated extension Double: ParameterValue {
    {{{access}}} var parameterText: String { String(self) }
}

nonisolated extension Float: ParameterValue {
    {{{access}}} var parameterText: String { String(self) }
}

nonisolated extension Bool: ParameterValue {
    {{{access}}} var parameterText: String { self ? "true" : "false" }
}

nonisolated extension UUID: ParameterValue {
    {{{access}}} var parameterText: String { uuidString.lowercased() }
}

nonisolated extension URL: ParameterValue {
    {{{access}}} var parameterText: String { absoluteString }
}

nonisolated extension Date: ParameterValue {
    {{{access}}} var parameterText: String { APICoding.formatDate(self) }
}

"""#),
        ("swift/support/APIError.mustache", #"""
// Generated by SpecForge. Do not edit.

import Foundation
import HTTPTypes

/// A response whose status the operation does not document as success.
///
/// When the operation documents a JSON body for the status (exactly, as `4XX`, or as `default`),
/// `payload` holds it decoded as the documented type: `switch error.payload { case let e as
/// ValidationError: … }`.
{{{access}}} nonisolated struct APIError: Error, Sendable, CustomStringConvertible {
    {{{access}}} let operationID: String
    {{{access}}} let statusCode: Int
    {{{access}}} let headers: HTTPFields
    /// The raw response body.
    {{{access}}} let body: Data
    /// The body decoded as the type the operation documents for the status; nil when it
    /// documents none or the body does not decode as it.
    {{{access}}} let payload: (any Sendable)?

    {{{access}}} init(operationID: String, statusCode: Int, headers: HTTPFields, body: Data, payload: (any Sendable)? = nil) {
        self.operationID = operationID
        self.statusCode = statusCode
        self.headers = headers
        self.body = body
        self.payload = payload
    }

    /// A documented error body: the statuses it is for, and its type.
    nonisolated struct DocumentedBody: Sendable {
        let statuses: ClosedRange<Int>
        let decode: @Sendable (Data) -> (any Sendable)?

        init<T: Decodable & Sendable>(_ statuses: ClosedRange<Int>, _ type: T.Type) {
            self.statuses = statuses
            self.decode = { try? APICoding.decoder.decode(T.self, from: $0) }
        }
    }

    /// The body decoded as JSON, when it is JSON.
    {{{access}}} var json: JSONValue? {
        try? APICoding.decoder.decode(JSONValue.self, from: body)
    }

    /// The body decoded as a given type (e.g. a documented error schema).
    {{{access}}} func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try APICoding.decoder.decode(T.self, from: body)
    }

    {{{access}}} var description: String {
        "\(operationID): HTTP \(statusCode): \(String(decoding: body.prefix(500), as: UTF8.self))"
    }
}

"""#),
        ("swift/support/APIRequest.mustache", #"""
// Generated by SpecForge. Do not edit.

import Foundation
import HTTPTypes

/// A request being built by a client method: method, path, query, headers and body.
nonisolated struct APIRequest: Sendable {
    /// Characters left as they are in a path segment or a query component (RFC 3986 unreserved).
    static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    var method: HTTPRequest.Method
    var path: String
    var operationID: String
    /// Query items, percent-encoded: `name=value`.
    var query: [String] = []
    var headers = HTTPFields()
    var body: Data?

    /// `accept`: the media types the method decodes (`Accept`), when it reads a body.
    init(method: HTTPRequest.Method, path: String, operationID: String, accept: String? = nil) {
        self.method = method
        self.path = path
        self.operationID = operationID
        if let accept { headers[.accept] = accept }
    }

    var pathAndQuery: String {
        guard !query.isEmpty else { return path }
        return path + "?" + query.joined(separator: "&")
    }

    /// Text percent-encoded for a path segment, a query name or value, or a cookie value: all
    /// but the unreserved characters (so `/`, `&`, `=`, `+`, `#`, `,`, `;`, space, … are encoded).
    static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }

    // MARK: Parameters
    // One method per location and shape (a value, a list, an object); nil adds nothing. See
    // `ParameterParts` for how each style writes each shape.

    /// A query parameter: style `form` (default), `spaceDelimited`, `pipeDelimited` or `deepObject`.
    mutating func addQuery(_ name: String, _ value: (some ParameterValue)?, style: ParameterStyle = .form, explode: Bool = true) {
        guard let value else { return }
        query += ParameterParts(value).query(name, style: style, explode: explode)
    }

    mutating func addQuery(_ name: String, _ values: [some ParameterValue]?, style: ParameterStyle = .form, explode: Bool = true) {
        guard let values else { return }
        query += ParameterParts(values).query(name, style: style, explode: explode)
    }

    mutating func addQuery(_ name: String, object value: (some Encodable)?, style: ParameterStyle = .form, explode: Bool = true) throws {
        guard let value else { return }
        query += try ParameterParts(object: value).query(name, style: style, explode: explode)
    }

    /// A header parameter: style `simple`, lists and objects comma-separated, not percent-encoded.
    mutating func addHeader(_ name: String, _ value: (some ParameterValue)?, style: ParameterStyle = .simple, explode: Bool = false) {
        guard let value else { return }
        setHeader(name, ParameterParts(value).header(explode: explode))
    }

    mutating func addHeader(_ name: String, _ values: [some ParameterValue]?, style: ParameterStyle = .simple, explode: Bool = false) {
        guard let values else { return }
        setHeader(name, ParameterParts(values).header(explode: explode))
    }

    mutating func addHeader(_ name: String, object value: (some Encodable)?, style: ParameterStyle = .simple, explode: Bool = false) throws {
        guard let value else { return }
        setHeader(name, try ParameterParts(object: value).header(explode: explode))
    }

    private mutating func setHeader(_ name: String, _ value: String) {
        guard let field = HTTPField.Name(name) else { return }
        headers[field] = value
    }

    /// A parameter with a JSON `content` (query, header or cookie): the value as JSON text.
    mutating func addQuery(_ name: String, json value: (some Encodable)?) throws {
        guard let value else { return }
        query.append(Self.escape(name) + "=" + Self.escape(try Self.jsonText(value)))
    }

    mutating func addHeader(_ name: String, json value: (some Encodable)?) throws {
        guard let value else { return }
        setHeader(name, try Self.jsonText(value))
    }

    mutating func addCookie(_ name: String, json value: (some Encodable)?) throws {
        guard let value else { return }
        addCookiePairs([name + "=" + Self.escape(try Self.jsonText(value))])
    }

    static func jsonText(_ value: some Encodable) throws -> String {
        String(decoding: try APICoding.encoder.encode(value), as: UTF8.self)
    }

    /// A cookie parameter (style `form`): added to the one `Cookie` header, `name=value` pairs separated by `; `.
    mutating func addCookie(_ name: String, _ value: (some ParameterValue)?, style: ParameterStyle = .form, explode: Bool = true) {
        guard let value else { return }
        addCookiePairs(ParameterParts(value).cookie(name, explode: explode))
    }

    mutating func addCookie(_ name: String, _ values: [some ParameterValue]?, style: ParameterStyle = .form, explode: Bool = true) {
        guard let values else { return }
        addCookiePairs(ParameterParts(values).cookie(name, explode: explode))
    }

    mutating func addCookie(_ name: String, object value: (some Encodable)?, style: ParameterStyle = .form, explode: Bool = true) throws {
        guard let value else { return }
        addCookiePairs(try ParameterParts(object: value).cookie(name, explode: explode))
    }

    private mutating func addCookiePairs(_ pairs: [String]) {
        guard !pairs.isEmpty else { return }
        let all = (headers[.cookie].map { [$0] } ?? []) + pairs
        headers[.cookie] = all.joined(separator: "; ")
    }

    // MARK: Bodies

    mutating func setBody(_ data: Data, contentType: String) {
        body = data
        headers[.contentType] = contentType
    }

    /// A JSON body, sent as the JSON media type the operation names (`application/merge-patch+json`, …).
    mutating func setJSONBody(_ value: some Encodable, contentType: String = "application/json") throws {
        setBody(try APICoding.encoder.encode(value), contentType: contentType)
    }

    /// `application/x-www-form-urlencoded`: each top-level property written as a query
    /// parameter in the style its `encoding` gives (by default `form`, exploded: a list repeats
    /// the name, an object's properties become fields of their own); `deepObject` writes
    /// `name[key]=value` to any depth (lists as `name[key][0]=value`); a property with a JSON
    /// content type is written as JSON text. Nulls are left out.
    mutating func setFormBody(_ value: some Encodable, encoding: [String: FormEncoding] = [:]) throws {
        var pairs: [String] = []
        for (name, element) in try Self.members(of: value) {
            pairs += try Self.formPairs(name, element, encoding[name] ?? FormEncoding())
        }
        setBody(Data(pairs.joined(separator: "&").utf8), contentType: "application/x-www-form-urlencoded")
    }

    static func formPairs(_ name: String, _ value: JSONValue, _ encoding: FormEncoding) throws -> [String] {
        if let contentType = encoding.contentType, contentType.contains("json") {
            return [escape(name) + "=" + escape(String(decoding: try APICoding.encoder.encode(value), as: UTF8.self))]
        }
        switch value {
        case .array where encoding.style == .deepObject, .object where encoding.style == .deepObject:
            return try deepObject([escape(name)], value)
        case .array(let items):
            let texts = try items.filter { $0 != .null }.map(text(of:))
            return ParameterParts.list(texts).query(name, style: encoding.style, explode: encoding.explode)
        case .object(let object):
            let pairs = try object.keys.sorted().filter { object[$0] != .null }.map { ($0, try text(of: object[$0]!)) }
            return ParameterParts.object(pairs).query(name, style: encoding.style, explode: encoding.explode)
        default:
            let text = try text(of: value)
            return [escape(name) + "=" + (encoding.allowReserved ? escapeAllowingReserved(text) : escape(text))]
        }
    }

    /// `name[key][0]=value`: one field per scalar of a nested value.
    static func deepObject(_ path: [String], _ value: JSONValue) throws -> [String] {
        switch value {
        case .null:
            return []
        case .object(let object):
            return try object.keys.sorted().flatMap { try deepObject(path + [escape($0)], object[$0]!) }
        case .array(let items):
            return try items.enumerated().flatMap { try deepObject(path + [String($0.offset)], $0.element) }
        default:
            return [path[0] + path.dropFirst().map { "[" + $0 + "]" }.joined() + "=" + escape(try text(of: value))]
        }
    }

    /// Percent-encoding that keeps RFC 3986's reserved characters (`allowReserved`).
    static func escapeAllowingReserved(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: reservedAllowed) ?? text
    }

    private static let reservedAllowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=")

    /// The top-level members of a value encoded as a JSON object, in name order, nulls left out.
    static func members(of value: some Encodable) throws -> [(name: String, value: JSONValue)] {
        let json = try APICoding.decoder.decode(JSONValue.self, from: APICoding.encoder.encode(value))
        guard case .object(let object) = json else {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "Expected a value encoded as a JSON object."))
        }
        return object.keys.sorted().compactMap { object[$0] == .null ? nil : ($0, object[$0]!) }
    }

    /// `multipart/form-data`: one part per top-level property; `binaryFields` are sent as files;
    /// a part with an entry in `contentTypes` carries that `Content-Type` (its encoding's, else
    /// the default of its schema), and the `partHeaders` of its name (its encoding's `headers`).
    mutating func setMultipartBody(
        _ value: some Encodable, binaryFields: Set<String>, contentTypes: [String: String] = [:],
        partHeaders: [String: [(name: String, value: String)]] = [:]
    ) throws {
        let boundary = "specforge-" + UUID().uuidString
        var data = Data()
        for field in try Self.formFields(value, binaryFields: binaryFields) {
            var head = "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field.name)\""
            if field.isFile { head += "; filename=\"\(field.name)\"" }
            if let type = contentTypes[field.name] ?? (field.isFile ? "application/octet-stream" : nil) { head += "\r\nContent-Type: " + type }
            for header in partHeaders[field.name] ?? [] { head += "\r\n" + header.name + ": " + header.value }
            data.append(Data((head + "\r\n\r\n").utf8))
            data.append(field.value)
            data.append(Data("\r\n".utf8))
        }
        data.append(Data("--\(boundary)--\r\n".utf8))
        setBody(data, contentType: "multipart/form-data; boundary=\(boundary)")
    }

    /// A header of a multipart part (style `simple`); nil adds nothing.
    static func partHeader(_ name: String, _ value: (some ParameterValue)?, explode: Bool = false) -> [(name: String, value: String)] {
        guard let value else { return [] }
        return [(name, ParameterParts(value).header(explode: explode))]
    }

    static func partHeader(_ name: String, _ values: [some ParameterValue]?, explode: Bool = false) -> [(name: String, value: String)] {
        guard let values else { return [] }
        return [(name, ParameterParts(values).header(explode: explode))]
    }

    /// The top-level properties of a value encoded as JSON, as form fields: text for scalars, one
    /// field per element for lists, JSON text for nested objects; nulls are left out.
    static func formFields(_ value: some Encodable, binaryFields: Set<String>) throws -> [(name: String, value: Data, isFile: Bool)] {
        var fields: [(name: String, value: Data, isFile: Bool)] = []
        for (name, element) in try properties(of: value) {
            if binaryFields.contains(name), case .string(let s) = element, let bytes = Data(base64Encoded: s) {
                fields.append((name, bytes, true))
            } else {
                fields.append((name, Data(try text(of: element).utf8), false))
            }
        }
        return fields
    }

    /// The properties of a value encoded as a JSON object, in name order: one pair per element
    /// of a list, nulls left out.
    static func properties(of value: some Encodable) throws -> [(name: String, value: JSONValue)] {
        let json = try APICoding.decoder.decode(JSONValue.self, from: APICoding.encoder.encode(value))
        guard case .object(let object) = json else {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "Expected a value encoded as a JSON object."))
        }
        var pairs: [(name: String, value: JSONValue)] = []
        for name in object.keys.sorted() {
            let elements: [JSONValue]
            if case .array(let items) = object[name]! { elements = items } else { elements = [object[name]!] }
            for element in elements where element != .null { pairs.append((name, element)) }
        }
        return pairs
    }

    /// A JSON value as text: scalars as they are written in JSON (strings unquoted), arrays and objects as JSON.
    static func text(of value: JSONValue) throws -> String {
        switch value {
        case .null: "null"
        case .bool(let b): b ? "true" : "false"
        case .int(let i): String(i)
        case .double(let d): String(d)
        case .string(let s): s
        case .array, .object: String(decoding: try APICoding.encoder.encode(value), as: UTF8.self)
        }
    }
}

/// How one property of a form body is written: the spec's Encoding Object.
nonisolated struct FormEncoding: Sendable {
    var style: ParameterStyle = .form
    var explode = true
    var allowReserved = false
    /// A content type of its own: a JSON one writes the value as JSON text.
    var contentType: String? = nil
}

/// A response with its whole body.
nonisolated struct APIResponse: Sendable {
    var operationID: String
    var response: HTTPResponse
    var body: Data
}

"""#),
        ("swift/support/Indirect.mustache", #"""
// Generated by SpecForge. Do not edit.

/// Holds a value out of line, so that a struct can have a property of its own type (directly or
/// through other structs). Encodes and decodes as the value itself.
{{{access}}} nonisolated final class Indirect<Wrapped: Codable & Sendable & Hashable>: Codable, Sendable, Hashable {
    {{{access}}} let value: Wrapped

    {{{access}}} init(_ value: Wrapped) {
        self.value = value
    }

    {{{access}}} init(from decoder: any Decoder) throws {
        value = try Wrapped(from: decoder)
    }

    {{{access}}} func encode(to encoder: any Encoder) throws {
        try value.encode(to: encoder)
    }

    {{{access}}} static func == (a: Indirect, b: Indirect) -> Bool {
        a.value == b.value
    }

    {{{access}}} func hash(into hasher: inout Hasher) {
        hasher.combine(value)
    }
}

"""#),
        ("swift/support/JSONValue.mustache", #"""
// Generated by SpecForge. Do not edit.

import Foundation

/// Any JSON value: free-form objects and untyped schemas decode into this.
{{{access}}} nonisolated enum JSONValue: Codable, Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    {{{access}}} init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    {{{access}}} func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .double(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}

"""#),
        ("swift/support/PageSequence.mustache", #"""
// Generated by SpecForge. Do not edit.

import Foundation
import HTTPTypes

/// The elements of a paginated list operation, page after page (`page=1, 2, …`).
///
/// Stops after an empty page, or after a page whose response has no `Link` header with `rel="next"`.
{{{access}}} nonisolated struct PageSequence<Element: Decodable & Sendable>: AsyncSequence, Sendable {
    let client: Client
    let request: @Sendable (Int) throws -> APIRequest

    init(client: Client, request: @escaping @Sendable (Int) throws -> APIRequest) {
        self.client = client
        self.request = request
    }

    {{{access}}} func makeAsyncIterator() -> Iterator {
        Iterator(client: client, request: request)
    }

    {{{access}}} nonisolated struct Iterator: AsyncIteratorProtocol {
        let client: Client
        let request: @Sendable (Int) throws -> APIRequest
        var buffer: [Element] = []
        var index = 0
        var page = 1
        var finished = false

        {{{access}}} mutating func next() async throws -> Element? {
            while index == buffer.count {
                if finished { return nil }
                let response = try await client._sendChecked(try request(page), expecting: 200..<300)
                buffer = try APICoding.decoder.decode([Element].self, from: response.body)
                index = 0
                page += 1
                if buffer.isEmpty || !Self.hasNextLink(response.response.headerFields) { finished = true }
                if buffer.isEmpty { return nil }
            }
            defer { index += 1 }
            return buffer[index]
        }

        /// Whether a `Link` header names a `rel="next"` target.
        static func hasNextLink(_ headers: HTTPFields) -> Bool {
            guard let link = HTTPField.Name("Link") else { return false }
            for value in headers[values: link] {
                for part in value.split(separator: ",") {
                    let params = part.split(separator: ";").dropFirst()
                    for param in params {
                        let p = param.trimmingCharacters(in: .whitespaces).lowercased()
                        if p == "rel=\"next\"" || p == "rel=next" { return true }
                    }
                }
            }
            return false
        }
    }
}

"""#),
        ("swift/support/Parameters.mustache", #"""
// Generated by SpecForge. Do not edit.

import Foundation

/// How a parameter's value is written: the OpenAPI `style`.
nonisolated enum ParameterStyle: Sendable {
    case form, simple, label, matrix, spaceDelimited, pipeDelimited, deepObject
}

/// A parameter value in the three shapes the styles tell apart (one value, a list, an object's
/// properties), as text not yet encoded; and how each location and style writes each shape.
/// For a parameter `id` holding `5`, `[3, 4]` or `{role: a, n: 1}`:
///
/// - query `form`: `id=5`, `id=3&id=4`, `n=1&role=a`; not exploded: `id=3,4`, `id=n,1,role,a`
/// - query `spaceDelimited` / `pipeDelimited` (not exploded): `id=3%204` / `id=3|4`, objects
///   `id=n%201%20role%20a` / `id=n|1|role|a`; exploded as `form`
/// - query `deepObject`: `id[n]=1&id[role]=a`
/// - path `simple`: `5`, `3,4`, `n,1,role,a`; exploded objects `n=1,role=a`
/// - path `label`: `.5`, `.3,4`, `.n,1,role,a`; exploded `.3.4`, `.n=1.role=a`
/// - path `matrix`: `;id=5`, `;id=3,4`, `;id=n,1,role,a`; exploded `;id=3;id=4`, `;n=1;role=a`
/// - header (`simple`, not percent-encoded): `5`, `3,4`, `n,1,role,a`; exploded objects `n=1,role=a`
/// - cookie (`form`, pairs of the one `Cookie` header): `id=5`, `id=3,4`, `id=n,1,role,a`;
///   exploded `id=3; id=4`, `n=1; role=a`
///
/// Names and values are percent-encoded in paths, queries and cookies, keeping only the RFC 3986
/// unreserved characters (`a b/c&d` → `a%20b%2Fc%26d`); the delimiters are written as they are.
/// An object's properties come in name order; an empty list or object adds nothing.
nonisolated enum ParameterParts: Sendable {
    case value(String)
    case list([String])
    case object([(name: String, value: String)])

    init(_ value: some ParameterValue) {
        self = .value(value.parameterText)
    }

    init(_ values: [some ParameterValue]) {
        self = .list(values.map(\.parameterText))
    }

    /// An object through its JSON form: a property holding a list gives one pair per element,
    /// nested objects are JSON text, nulls are left out.
    init(object value: some Encodable) throws {
        self = .object(try APIRequest.properties(of: value).map { ($0.name, try APIRequest.text(of: $0.value)) })
    }

    private static func escape(_ text: String) -> String { APIRequest.escape(text) }

    /// An object's names and values, encoded, in one list: `n, 1, role, a`.
    private static func flattened(_ pairs: [(name: String, value: String)]) -> [String] {
        pairs.flatMap { [escape($0.name), escape($0.value)] }
    }

    /// Encoded `name=value` query items.
    func query(_ name: String, style: ParameterStyle, explode: Bool) -> [String] {
        let key = Self.escape(name)
        switch self {
        case .value(let value):
            return [key + "=" + Self.escape(value)]
        case .list(let values):
            guard !values.isEmpty else { return [] }
            let items = values.map(Self.escape)
            switch (style, explode) {
            case (.spaceDelimited, false): return [key + "=" + items.joined(separator: "%20")]
            case (.pipeDelimited, false): return [key + "=" + items.joined(separator: "|")]
            case (_, false): return [key + "=" + items.joined(separator: ",")]
            case (_, true): return items.map { key + "=" + $0 }
            }
        case .object(let pairs):
            guard !pairs.isEmpty else { return [] }
            switch (style, explode) {
            case (.deepObject, _): return pairs.map { key + "[" + Self.escape($0.name) + "]=" + Self.escape($0.value) }
            case (.spaceDelimited, false): return [key + "=" + Self.flattened(pairs).joined(separator: "%20")]
            case (.pipeDelimited, false): return [key + "=" + Self.flattened(pairs).joined(separator: "|")]
            case (_, false): return [key + "=" + Self.flattened(pairs).joined(separator: ",")]
            case (_, true): return pairs.map { Self.escape($0.name) + "=" + Self.escape($0.value) }
            }
        }
    }

    /// The encoded text that stands for the parameter in the path.
    func path(_ name: String, style: ParameterStyle, explode: Bool) -> String {
        let key = Self.escape(name)
        switch (self, style) {
        case (.value(let value), .label): return "." + Self.escape(value)
        case (.value(let value), .matrix): return value.isEmpty ? ";" + key : ";" + key + "=" + Self.escape(value)
        case (.value(let value), _): return Self.escape(value)
        case (.list(let values), _) where values.isEmpty: return ""
        case (.list(let values), .label): return "." + values.map(Self.escape).joined(separator: explode ? "." : ",")
        case (.list(let values), .matrix):
            if explode { return values.map { ";" + key + "=" + Self.escape($0) }.joined() }
            return ";" + key + "=" + values.map(Self.escape).joined(separator: ",")
        case (.list(let values), _): return values.map(Self.escape).joined(separator: ",")
        case (.object(let pairs), _) where pairs.isEmpty: return ""
        case (.object(let pairs), .label):
            if explode { return pairs.map { "." + Self.escape($0.name) + "=" + Self.escape($0.value) }.joined() }
            return "." + Self.flattened(pairs).joined(separator: ",")
        case (.object(let pairs), .matrix):
            if explode { return pairs.map { ";" + Self.escape($0.name) + "=" + Self.escape($0.value) }.joined() }
            return ";" + key + "=" + Self.flattened(pairs).joined(separator: ",")
        case (.object(let pairs), _):
            if explode { return pairs.map { Self.escape($0.name) + "=" + Self.escape($0.value) }.joined(separator: ",") }
            return Self.flattened(pairs).joined(separator: ",")
        }
    }

    /// A header's value (style `simple`; header values are not percent-encoded).
    func header(explode: Bool) -> String {
        switch self {
        case .value(let value): return value
        case .list(let values): return values.joined(separator: ",")
        case .object(let pairs):
            if explode { return pairs.map { $0.name + "=" + $0.value }.joined(separator: ",") }
            return pairs.flatMap { [$0.name, $0.value] }.joined(separator: ",")
        }
    }

    /// Encoded `name=value` cookie pairs (style `form`).
    func cookie(_ name: String, explode: Bool) -> [String] {
        switch self {
        case .value(let value):
            return [name + "=" + Self.escape(value)]
        case .list(let values):
            guard !values.isEmpty else { return [] }
            if explode { return values.map { name + "=" + Self.escape($0) } }
            return [name + "=" + values.map(Self.escape).joined(separator: ",")]
        case .object(let pairs):
            guard !pairs.isEmpty else { return [] }
            if explode { return pairs.map { $0.name + "=" + Self.escape($0.value) } }
            return [name + "=" + Self.flattened(pairs).joined(separator: ",")]
        }
    }
}

/// A path parameter of style `simple` holding one value, percent-encoded for one path segment.
nonisolated func pathComponent(_ value: some ParameterValue) -> String {
    APIRequest.escape(value.parameterText)
}

/// A path parameter in any style (`simple`, `label`, `matrix`), percent-encoded.
nonisolated func pathParameter(_ name: String, _ value: some ParameterValue, style: ParameterStyle, explode: Bool) -> String {
    ParameterParts(value).path(name, style: style, explode: explode)
}

nonisolated func pathParameter(_ name: String, _ values: [some ParameterValue], style: ParameterStyle, explode: Bool) -> String {
    ParameterParts(values).path(name, style: style, explode: explode)
}

nonisolated func pathParameter(_ name: String, object value: some Encodable, style: ParameterStyle, explode: Bool) throws -> String {
    try ParameterParts(object: value).path(name, style: style, explode: explode)
}

"""#),
        ("swift/support/ResponseHeaders.mustache", #"""
// Generated by SpecForge. Do not edit.

import Foundation
import HTTPTypes

/// Reading the headers a response declares (style `simple`), each as its schema's type: the
/// `…Headers` structs of operations whose responses declare headers.
nonisolated extension APIResponse {
    /// The header's value as `T`; nil when the response has no such header.
    func header<T: Decodable>(_ name: String, as type: T.Type) throws -> T? {
        guard let text = headerText(name) else { return nil }
        return try Self.headerValue(text, as: T.self, name: name)
    }

    /// A required header's value as `T`: throws when it is missing.
    func header<T: Decodable>(_ name: String, required type: T.Type) throws -> T {
        guard let value = try header(name, as: T.self) else { throw Self.missingHeader(name) }
        return value
    }

    /// A list: comma-separated values (of every field of the name), each as `T`.
    func headerList<T: Decodable>(_ name: String, of type: T.Type) throws -> [T]? {
        guard let text = headerText(name) else { return nil }
        return try text.split(separator: ",").map { try Self.headerValue(String($0), as: T.self, name: name) }
    }

    func headerList<T: Decodable>(_ name: String, requiredOf type: T.Type) throws -> [T] {
        guard let values = try headerList(name, of: T.self) else { throw Self.missingHeader(name) }
        return values
    }

    /// Each field of the name as it is, not split on commas (`Set-Cookie`: one cookie per field,
    /// whose `Expires` date holds a comma).
    func headerFields(_ name: String) throws -> [String]? {
        guard let field = HTTPField.Name(name) else { return nil }
        let values = response.headerFields[values: field]
        return values.isEmpty ? nil : values
    }

    func headerFields(required name: String) throws -> [String] {
        guard let values = try headerFields(name) else { throw Self.missingHeader(name) }
        return values
    }

    /// A header given by a JSON `content`: its value is JSON text.
    func jsonHeader<T: Decodable>(_ name: String, as type: T.Type) throws -> T? {
        guard let text = headerText(name) else { return nil }
        return try APICoding.decoder.decode(T.self, from: Data(text.utf8))
    }

    func jsonHeader<T: Decodable>(_ name: String, required type: T.Type) throws -> T {
        guard let value = try jsonHeader(name, as: T.self) else { throw Self.missingHeader(name) }
        return value
    }

    /// The fields of the name, joined by commas as HTTP combines them.
    private func headerText(_ name: String) -> String? {
        HTTPField.Name(name).flatMap { response.headerFields[$0] }
    }

    /// Text as `T`: as a JSON string (strings, enums of strings, dates, UUIDs, URLs), else as JSON
    /// (numbers, booleans); a date also as an HTTP date (`Sun, 06 Nov 1994 08:49:37 GMT`).
    static func headerValue<T: Decodable>(_ text: String, as type: T.Type, name: String) throws -> T {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let value = try? APICoding.decoder.decode(T.self, from: APICoding.encoder.encode(trimmed)) { return value }
        if let value = try? APICoding.decoder.decode(T.self, from: Data(trimmed.utf8)) { return value }
        if T.self == Date.self, let date = httpDate.date(from: trimmed) as? T { return date }
        throw DecodingError.dataCorrupted(
            .init(codingPath: [AnyCodingKey(name)], debugDescription: "Response header '\(name)': '\(trimmed)' does not read as \(T.self)."))
    }

    private static var httpDate: DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter
    }

    static func missingHeader(_ name: String) -> DecodingError {
        .keyNotFound(AnyCodingKey(name), .init(codingPath: [], debugDescription: "The response has no '\(name)' header, which it declares required."))
    }
}

"""#),
        ("swift/union.mustache", #"""
{{#doc}}
///{{{.}}}
{{/doc}}
{{> swift/access}} nonisolated indirect enum {{{name}}}: Codable, Sendable, Hashable {
{{#cases}}
    case {{{name}}}({{{type}}})
{{/cases}}

    {{{access}}} init(from decoder: any Decoder) throws {
{{#discriminator}}
        if let container = try? decoder.container(keyedBy: AnyCodingKey.self),
            let tag = try? container.decode(String.self, forKey: AnyCodingKey("{{{discriminator}}}"))
        {
            switch tag {
{{#cases}}
{{#hasTags}}
            case {{{tagPattern}}}:
                self = .{{{name}}}(try {{{type}}}(from: decoder))
                return
{{/hasTags}}
{{/cases}}
            default:
                break
            }
        }
{{/discriminator}}
{{#cases}}
        if let value = try? {{{type}}}(from: decoder) {
            self = .{{{name}}}(value)
            return
        }
{{/cases}}
        throw DecodingError.dataCorrupted(
            .init(codingPath: decoder.codingPath, debugDescription: "The value matches no alternative of {{{name}}}."))
    }

    {{{access}}} func encode(to encoder: any Encoder) throws {
        switch self {
{{#cases}}
        case .{{{name}}}(let value):
            try value.encode(to: encoder)
{{/cases}}
        }
    }
{{#nested}}

    {{> swift/decl}}
{{/nested}}
}

"""#),
        ("swift/value-enum.mustache", #"""
{{#doc}}
///{{{.}}}
{{/doc}}
{{> swift/access}} nonisolated enum {{{name}}}: RawRepresentable, Codable, Sendable, Hashable, ParameterValue {
{{#cases}}
    case {{{name}}}
{{/cases}}
    /// A value this SDK does not know (added to the API after it was generated); decoded instead of failing.
    case {{{unknownCase}}}({{{rawType}}})

{{! A lookup in an array, not a `switch` over the raw values: a string pattern per case goes
    through `~=` and took about a quarter of these enums' build time (debug, measured on the
    Waldur SDK). `rawValue` keeps its switch: `==` of a RawRepresentable compares raw values. }}
    /// The known cases and their raw values, in the same order.
    private static let knownCases: [Self] = [{{#cases}}.{{{name}}}{{^last}}, {{/last}}{{/cases}}]
    private static let knownRawValues: [{{{rawType}}}] = [{{#cases}}{{{literal}}}{{^last}}, {{/last}}{{/cases}}]

    {{{access}}} init(rawValue: {{{rawType}}}) {
        if let index = Self.knownRawValues.firstIndex(of: rawValue) {
            self = Self.knownCases[index]
        } else {
            self = .{{{unknownCase}}}(rawValue)
        }
    }

    {{{access}}} var rawValue: {{{rawType}}} {
        switch self {
{{#cases}}
        case .{{{name}}}: {{{literal}}}
{{/cases}}
        case .{{{unknownCase}}}(let value): value
        }
    }

    {{{access}}} init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode({{{rawType}}}.self))
    }

    {{{access}}} func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

"""#),
    ]
}
