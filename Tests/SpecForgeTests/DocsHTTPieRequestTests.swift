import Testing

@testable import SpecForgeEmit

/// The HTTPie tab sends what a request validator accepts: query parameters serialized by their
/// `style` and `explode`, values that meet every `allOf` part that declares them.
@Suite struct DocsHTTPieRequestTests {
    static func httpie(_ spec: String, page: String) throws -> String {
        DocsExampleTabsTests.httpie(try #require(try Fixtures.docs(spec)[page]))
    }

    @Test func queryParametersAreSerializedByStyleAndExplode() throws {
        let spec = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /items:
                get:
                  parameters:
                    - {name: tag, in: query, required: true, schema: {type: array, items: {type: string, enum: [a, b]}, minItems: 2}}
                    - {name: ids, in: query, required: true, explode: false, schema: {type: array, items: {type: integer}, minItems: 2}}
                    - {name: words, in: query, required: true, style: pipeDelimited, explode: false, schema: {type: array, items: {type: string, enum: [x]}, minItems: 2}}
                    - {name: range, in: query, required: true, schema: {type: object, required: [from], properties: {from: {type: integer}}}}
                    - {name: point, in: query, required: true, explode: false, schema: {type: object, required: [x], properties: {x: {type: integer}}}}
                    - {name: filter, in: query, required: true, style: deepObject, schema: {type: object, required: [state], properties: {state: {type: string, enum: [open]}}}}
                  responses: {'200': {description: ok}}
            """
        #expect(try Self.httpie(spec, page: "uncategorized/items/items.md") == """
                http \\
                  GET \\
                  https://api.example.com/items \\
                  tag=="a" \\
                  tag=="a" \\
                  ids=="123,123" \\
                  words=="x|x" \\
                  from=="123" \\
                  point=="x,123" \\
                  'filter[state]==open'

            """)
    }

    @Test func aRequiredObjectParameterWithoutRequiredPropertiesSendsItsFirstOne() throws {
        // Exploded, an empty object sends nothing: the parameter would be missing.
        let spec = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /items:
                get:
                  parameters:
                    - {name: model, in: query, required: true, schema: {type: object, properties: {kind: {type: string, enum: [FIRST]}, n: {type: integer}}}}
                  responses: {'200': {description: ok}}
            """
        #expect(try Self.httpie(spec, page: "uncategorized/items/items.md").hasSuffix("  https://api.example.com/items \\\n      kind==\"FIRST\"\n"))
    }

    @Test func aPropertySeveralAllOfPartsDeclareMeetsThemAll() throws {
        // The second part narrows `kind` with a pattern; the first part's value would break it.
        let spec = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /changes:
                post:
                  requestBody:
                    content:
                      application/json:
                        schema:
                          allOf:
                            - {type: object, required: [kind], properties: {kind: {type: string}}}
                            - {type: object, properties: {kind: {type: string, pattern: inline_policy}}}
                  responses: {'204': {description: ok}}
            """
        #expect(try Self.httpie(spec, page: "uncategorized/changes/changes.md").hasSuffix("  kind=\"inline_policy\"\n"))
    }
}
