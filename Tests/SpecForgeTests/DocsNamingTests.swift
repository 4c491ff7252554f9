@testable import SpecForgeEmit
import Testing

/// The reference's names of an operation's TypeScript function and Python model module: ASCII
/// names and others follow the same rules.
@Suite struct DocsNamingTests {
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
}
