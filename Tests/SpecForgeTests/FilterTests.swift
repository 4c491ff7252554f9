@testable import SpecForgeIR
import Testing

/// Include/exclude filters by tag, path pattern or operationId.
@Suite struct FilterTests {
    static let spec = """
        openapi: 3.0.3
        info: {title: T, version: '1'}
        paths:
          /api/a/: {get: {operationId: a_list, tags: [a], responses: {'200': {description: ok}}}}
          /api/a/{id}/: {delete: {operationId: a_destroy, tags: [a], responses: {'204': {description: ok}}}}
          /api/b/: {get: {operationId: b_list, tags: [b], responses: {'200': {description: ok}}}}
          /internal/c/: {get: {operationId: c_list, tags: [c], responses: {'200': {description: ok}}}}
        """

    func ids(_ filter: OperationFilter) throws -> [String] {
        try Fixtures.model(Self.spec).filtered(filter).operations.map(\.operationId)
    }

    @Test func globStarsMatchAnyRunOfCharacters() {
        let cases: [(String, String, Bool)] = [
            ("/api/users/", "/api/*", true), ("/api/users/", "/api/", false), ("/api/", "/api/", true),
            ("/api/users/", "*users*", true), ("/api/users/", "*/", true), ("user_uuid", "*_uuid", true),
            ("uuid", "*_uuid", false), ("abab", "a*b*b", true), ("ab", "a*b*b", false), ("aXbYc", "a*b*c", true),
            ("abc", "a**c", true), ("ac", "a*c*", true), ("", "*", true), ("", "a*", false), ("a", "a*a", false),
            ("café_id", "*_id", true), ("café_id", "caf*", true), ("cafe\u{301}", "café", true), ("x\r\ny", "x*\ny", false),
        ]
        for (text, pattern, expected) in cases {
            #expect(Glob.matches(text, pattern) == expected, "\(text) ~ \(pattern)")
            // Byte by byte (ASCII) and character by character agree wherever both apply.
            #expect(Glob.characterMatches(text, pattern) == expected, "\(text) ~ \(pattern)")
            if let ascii = Glob.asciiMatches(text, pattern) { #expect(ascii == expected, "\(text) ~ \(pattern)") }
        }
        #expect(Glob.asciiMatches("café", "caf*") == nil)
    }

    @Test func noFilterKeepsEverything() throws {
        #expect(try ids(OperationFilter()) == ["a_list", "a_destroy", "b_list", "c_list"])
    }

    @Test func includeByTagPathOrOperation() throws {
        #expect(try ids(.init(include: .init(tags: ["b"]))) == ["b_list"])
        #expect(try ids(.init(include: .init(paths: ["/api/*"]))) == ["a_list", "a_destroy", "b_list"])
        #expect(try ids(.init(include: .init(tags: ["b"], operations: ["c_list"]))) == ["b_list", "c_list"])
    }

    @Test func excludeWinsOverInclude() throws {
        #expect(try ids(.init(include: .init(tags: ["a"]), exclude: .init(paths: ["*/{id}/"]))) == ["a_list"])
        #expect(try ids(.init(exclude: .init(operations: ["c_list"]))) == ["a_list", "a_destroy", "b_list"])
    }
}
