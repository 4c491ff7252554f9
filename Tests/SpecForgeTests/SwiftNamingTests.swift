import Foundation
import Testing

@testable import SpecForgeEmit

/// Every name a spec can hold becomes a usable, readable Swift identifier (the rules of `SwiftNaming`).
@Suite("Swift names")
struct SwiftNamingTests {
    @Test("Rule 1: words split on punctuation and case changes, joined in camel case")
    func words() {
        #expect(SwiftNaming.lowerCamel("page_size") == "pageSize")
        #expect(SwiftNaming.lowerCamel("PAGE_SIZE") == "pageSize")
        #expect(SwiftNaming.lowerCamel("HTTPServer") == "httpServer")
        #expect(SwiftNaming.upperCamel("customer-estimated cost") == "CustomerEstimatedCost")
    }

    @Test("Rule 2: a name without letters or digits is spelled out; the empty name is `empty`")
    func symbolsOnly() {
        #expect(SwiftNaming.lowerCamel("/") == "slash")
        #expect(SwiftNaming.lowerCamel(">=") == "greaterThanEquals")
        #expect(SwiftNaming.lowerCamel("_") == "underscore")
        #expect(SwiftNaming.lowerCamel("$") == "dollar")
        #expect(SwiftNaming.lowerCamel("") == "empty")
        #expect(SwiftNaming.upperCamel("*") == "Asterisk")
        #expect(SwiftNaming.lowerCamel("→") == "u2192")
    }

    @Test("Rule 3: symbols before a leading digit are spelled; other leading digits get an underscore")
    func leadingDigits() {
        #expect(SwiftNaming.lowerCamel("+1") == "plus1")
        #expect(SwiftNaming.lowerCamel("-1") == "minus1")
        #expect(SwiftNaming.lowerCamel("2fa") == "_2fa")
        #expect(SwiftNaming.lowerCamel("_2fa") == "_2fa")
        #expect(SwiftNaming.upperCamel("3d-model") == "_3dModel")
    }

    @Test("Rule 3 in one enum: leading symbols are spelled when dropping them would merge two values")
    func enumCases() {
        #expect(SwiftNaming.caseNames(["-created", "created", "-name", "+1"]) == ["minusCreated", "created", "name", "plus1"])
    }

    @Test("Rule 4: keywords are escaped; `self` and `init` get a trailing underscore")
    func keywords() {
        #expect(SwiftNaming.escaped(SwiftNaming.lowerCamel("default")) == "`default`")
        #expect(SwiftNaming.lowerCamel("self") == "self_")
        #expect(SwiftNaming.lowerCamel("Self") == "self_")
        #expect(SwiftNaming.lowerCamel("init") == "init_")
        #expect(SwiftNaming.lowerCamel("type") == "type")
    }

    @Test("Rule 6: collisions are numbered in order; after a trailing underscore without another")
    func collisions() {
        var names = UniqueNames(reserved: ["unknown"])
        #expect(["fooBar", "foo_bar", "FOO-BAR", "self", "Self", "unknown"].map { names.claim(SwiftNaming.lowerCamel($0)) }
            == ["fooBar", "fooBar_2", "fooBar_3", "self_", "self_2", "unknown_2"])
    }

    @Test("The rules are idempotent: a generated name maps to itself")
    func idempotent() {
        for name in ["page_size", "/", "+1", "2fa", "self", "", "$", "HTTPServer", ">=", "default"] {
            let once = SwiftNaming.lowerCamel(name)
            #expect(SwiftNaming.lowerCamel(once) == once, "\(name) → \(once)")
            let type = SwiftNaming.upperCamel(name)
            #expect(SwiftNaming.upperCamel(type) == type, "\(name) → \(type)")
        }
    }

    @Test("Rule 5 covers every type the templates name: a schema cannot shadow one")
    func reservedCoverTemplates() {
        var used: Set<String> = []
        for (path, text) in Templates.builtin where path.hasPrefix("swift/") {
            let withoutComments = text.replacingOccurrences(of: #"\{\{![^}]*\}\}"#, with: "", options: .regularExpression)
            for line in withoutComments.split(separator: "\n") {
                // Code only: no comments, no string literals, no template tags.
                var code = String(line.split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
                code = code.replacingOccurrences(of: #""([^"\\]|\\.)*""#, with: "", options: .regularExpression)
                code = code.replacingOccurrences(of: #"\{\{[^}]*\}\}\}?"#, with: "", options: .regularExpression)
                for match in code.matches(of: /\b[A-Z][A-Za-z0-9]*\b/) { used.insert(String(match.output)) }
            }
        }
        #expect(!used.isEmpty)
        let missing = used.subtracting(SwiftNaming.reservedTypeNames).subtracting(SwiftNaming.keywords)
        #expect(missing.isEmpty, "template types a schema could shadow: \(missing.sorted())")
    }

    @Test("A GitHub-style `_links.self`, symbol enum values and shadowing schema names all compile as written")
    func snippet() throws {
        let sdk = try swiftSDK(
            #"""
            openapi: 3.0.3
            info: {title: Snippet, version: "1"}
            paths: {}
            components:
              schemas:
                Links:
                  type: object
                  required: [self]
                  properties:
                    self: {type: string}
                    "": {type: string}
                    data: {type: object, properties: {a: {type: string}}}
                Reaction: {type: string, enum: ["+1", "-1", "/", "", "_", "laugh", "Laugh"]}
                URL: {type: object, properties: {href: {type: string, format: uri}}}
                Type: {type: string}
            """#)
        let links = try #require(sdk["Models/Links.swift"])
        #expect(links.contains("""
                public let self_: String
                public let empty: String?
                public let data: DataValue?

                public init(self_: String, empty: String? = nil, data: DataValue? = nil) {
                    self.self_ = self_
                    self.empty = empty
                    self.data = data
                }

                public init(from decoder: any Decoder) throws {
                    let container = try decoder.container(keyedBy: AnyCodingKey.self)
                    self.self_ = try container.value("self")
                    self.empty = try container.valueIfPresent("")
                    self.data = try container.valueIfPresent("data")
                }
            """))
        let reaction = try #require(sdk["Models/Reaction.swift"])
        #expect(reaction.contains("""
                case plus1
                case minus1
                case slash
                case empty
                case underscore
                case laugh
                case laugh_2
            """))
        #expect(sdk["Models/URLModel.swift"]?.contains("public let href: URL?") == true)
        #expect(sdk["Models/TypeModel.swift"]?.contains("public typealias TypeModel = String") == true)
    }

    @Test("A keyword parameter passed on to the request builder: the label unescaped, the value escaped")
    func keywordArgument() throws {
        let sdk = try swiftSDK(
            #"""
            openapi: 3.0.3
            info: {title: Snippet, version: "1"}
            paths:
              /files:
                get:
                  operationId: files_list
                  parameters:
                    - {name: extension, in: query, schema: {type: string}}
                    - {name: page, in: query, schema: {type: integer}}
                    - {name: page_size, in: query, schema: {type: integer}}
                  responses:
                    '200': {description: ok, content: {application/json: {schema: {type: array, items: {type: string}}}}}
            """#)
        let client = try #require(sdk["Client/Client+Untagged.swift"])
        #expect(client.contains("public func filesList(`extension`: String? = nil, page: Int? = nil, pageSize: Int? = nil)"))
        #expect(client.contains("let request = try _filesListRequest(extension: `extension`, page: page, pageSize: pageSize)"))
        #expect(client.contains("PageSequence(client: self) { page in try self._filesListRequest(extension: `extension`, page: page, pageSize: pageSize) }"))
        #expect(client.contains("private func _filesListRequest(`extension`: String?, page: Int?, pageSize: Int?) throws -> APIRequest {"))
    }

    @Test("Names made from their words' bytes are the names the rules make word by word")
    func bytesAndWordsAgree() {
        let names = [
            "page_size", "PAGE_SIZE", "HTTPServer", "httpServer", "URL", "uuid", "a", "A", "A1", "A_B", "SITE_NAME2",
            "V_2X", "X-Request-ID", "self", "init", "Self", "Init", "self_link", "eTag", "ETag", "iOSVersion",
            "customer-estimated cost", "café_naïve", "名前_name", "_links", "__x__", "type", "Type", "default",
            "fooBar1Baz", "FOO2BAR", "foo.bar.baz", "ab CD ef", "ÄB_CD", "MAX_5_ITEMS",
        ]
        for name in names {
            #expect(SwiftNaming.camelBytes(name, upper: false) == SwiftNaming.lowerCamelByWords(name), "\(name)")
            #expect(SwiftNaming.camelBytes(name, upper: true) == SwiftNaming.upperCamelByWords(name), "\(name)")
            #expect(SwiftNaming.lowerCamel(name) == SwiftNaming.lowerCamelByWords(name), "\(name)")
            #expect(SwiftNaming.upperCamel(name) == SwiftNaming.upperCamelByWords(name), "\(name)")
        }
        // Names the rules spell (no words, or a leading digit) are left to them.
        for name in ["", "/", ">=", "2fa", "+1", "-1", "_"] {
            #expect(SwiftNaming.camelBytes(name, upper: false) == nil, "\(name)")
            #expect(SwiftNaming.camelBytes(name, upper: true) == nil, "\(name)")
        }
    }
}
