@testable import SpecForgeEmit
import Testing

/// The reference's names of an operation's TypeScript function and Python model module: ASCII
/// names and others follow the same rules.
@Suite struct DocsNamingTests {
    @Test func namesAreCutAsSplitCutsThem() {
        // ASCII names are cut on bytes, others on characters; the parts are split's either way.
        for name in ["keys_history_at_retrieve", "__a__b_", "", "_", "plain", "caf\u{E9}_list", "a_\u{301}b", "x_\u{301}_y"] {
            #expect(DocsNaming.words(of: name) == name.split(separator: "_"), "\(name)")
            #expect(DocsNaming.parts(of: name, between: "_", omittingEmpty: false) == name.split(separator: "_", omittingEmptySubsequences: false), "\(name)")
        }
        #expect(DocsNaming.words(of: "a_\u{301}b") == ["a_\u{301}b"])  // `_` and the accent are one character
        #expect(DocsNaming.title(ofKey: "marketplace-offering--items") == "Marketplace Offering  Items")
    }

    @Test func operationIdsBecomeCamelCaseFunctionNames() {
        #expect(DocsNaming.camelCase("keys_history_at_retrieve") == "keysHistoryAtRetrieve")
        #expect(DocsNaming.camelCase("a__b_") == "aB")
        #expect(DocsNaming.camelCase("_leading_1st_Done") == "Leading1stDone")
        #expect(DocsNaming.camelCase("plain") == "plain")
        #expect(DocsNaming.camelCase("") == "")
        #expect(DocsNaming.camelCase("café_été_x") == "caféÉtéX")
    }

    @Test func classNamesBecomeSnakeCaseModuleNames() {
        #expect(DocsNaming.snakeCase("AgentProcessorCreateRequest") == "agent_processor_create_request")
        #expect(DocsNaming.snakeCase("HTTPServer") == "http_server")
        #expect(DocsNaming.snakeCase("foo1Bar") == "foo1_bar")
        #expect(DocsNaming.snakeCase("URL") == "url")
        #expect(DocsNaming.snakeCase("Already_Snake") == "already_snake")
        #expect(DocsNaming.snakeCase("ÉtéCafé") == "été_café")
    }

    @Test func titlesBecomeAnchors() {
        #expect(DocsNaming.anchor("List Users (v2)") == "list-users-v2")
        #expect(DocsNaming.anchor("Partial_Update - Item #1\r\nx") == "partial_update---item-1x")
        #expect(DocsNaming.anchor("Überblick der Zähler") == "überblick-der-zähler")
        #expect(DocsNaming.anchor("") == "")
    }

    @Test func aTitleIsAFirstLineOfOneTo80Characters() {
        #expect(DocsNaming.usableFirstLine(nil) == nil)
        #expect(DocsNaming.usableFirstLine("") == nil)
        #expect(DocsNaming.usableFirstLine("List users. \t\nMore.") == "List users.")
        #expect(DocsNaming.usableFirstLine("a\r\nb\nc") == "a\r\nb")
        #expect(DocsNaming.usableFirstLine(" \nsecond") == nil)
        #expect(DocsNaming.usableFirstLine(String(repeating: "x", count: 80)) == String(repeating: "x", count: 80))
        #expect(DocsNaming.usableFirstLine(String(repeating: "x", count: 81)) == nil)
        // 79 letters and a CR LF pair: 81 bytes, 80 characters.
        #expect(DocsNaming.usableFirstLine(String(repeating: "x", count: 78) + "\r\nx") == String(repeating: "x", count: 78) + "\r\nx")
        #expect(DocsNaming.usableFirstLine(String(repeating: "é", count: 80) + "\n") == String(repeating: "é", count: 80))
        #expect(DocsNaming.usableFirstLine("Créer \u{301}\nx") == "Créer \u{301}")
    }

    @Test("The token of the examples' header item: the value after the colon, without its quotes; none for an option")
    func headerValueOfAnHTTPieItem() {
        #expect(ExampleAuthentication.headerValue(#"Authorization:"Token YOUR_API_TOKEN""#) == "Token YOUR_API_TOKEN")
        #expect(ExampleAuthentication.headerValue("X-API-Key:abc") == "abc")
        #expect(ExampleAuthentication.headerValue(#"X-Key:"""#) == "")
        #expect(ExampleAuthentication.headerValue(#"X-Key:""#) == "\"")
        #expect(ExampleAuthentication.headerValue("--auth-type=bearer") == nil)
        #expect(ExampleAuthentication.headerValue("no colon") == nil)
        #expect(ExampleAuthentication.headerValue(nil) == nil)
        // Not ASCII: read by character, the same rules.
        #expect(ExampleAuthentication.headerValue(#"Authorization:"Clé é""#) == "Clé é")
        #expect(ExampleAuthentication.headerValue("Clé:\"\u{301}x\"") == "\"\u{301}x\"")
    }
}
