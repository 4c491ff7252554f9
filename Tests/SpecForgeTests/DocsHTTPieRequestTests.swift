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

    @Test func anObjectWhoseBranchesOnlyRequireSendsTheFirstBranchsProperty() throws {
        // `anyOf: [{required: [description]}, {required: [files]}]`: an empty object matches neither.
        let spec = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /gists:
                patch:
                  requestBody:
                    content:
                      application/json:
                        schema:
                          type: object
                          properties: {description: {type: string, example: Ruby}, files: {type: object}}
                          anyOf: [{required: [description]}, {required: [files]}]
                  responses: {'204': {description: ok}}
            """
        #expect(try Self.httpie(spec, page: "uncategorized/gists/gists.md").hasSuffix("  description=\"Ruby\"\n"))
    }

    @Test func aValuePaddedToItsMinimumLengthStillMatchesThePattern() throws {
        let spec = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /commits:
                get:
                  parameters:
                    - {name: sha, in: query, required: true, schema: {type: string, pattern: '^[0-9a-f]+$', minLength: 8, maxLength: 8}}
                  responses: {'200': {description: ok}}
            """
        #expect(try Self.httpie(spec, page: "uncategorized/commits/commits.md").hasSuffix("  sha==\"00000000\"\n"))
    }

    @Test func textWithLineBreaksIsOneANSICQuotedWord() throws {
        let spec = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /notes:
                post:
                  requestBody:
                    content:
                      application/json:
                        schema: {type: object, required: [text], properties: {text: {type: string, example: "it's\\none\\ttwo"}}}
                  responses: {'204': {description: ok}}
            """
        #expect(try Self.httpie(spec, page: "uncategorized/notes/notes.md").hasSuffix("  text=$'it\\'s\\none\\ttwo'\n"))
    }

    @Test func aMediaTypeRangeIsSentAsAConcreteType() throws {
        // `*/*` with an object schema: JSON, which HTTPie labels `application/json` itself.
        let spec = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /pods:
                post:
                  requestBody:
                    content:
                      '*/*':
                        schema: {type: object, required: [kind], properties: {kind: {type: string, example: Pod}}}
                  responses: {'204': {description: ok}}
              /assets:
                post:
                  requestBody:
                    content:
                      '*/*':
                        schema: {type: string, format: binary}
                  responses: {'204': {description: ok}}
            """
        #expect(try Self.httpie(spec, page: "uncategorized/pods/pods.md").hasSuffix("  https://api.example.com/pods \\\n      kind=\"Pod\"\n"))
        #expect(try Self.httpie(spec, page: "uncategorized/assets/assets.md").hasSuffix("  Content-Type:application/octet-stream\n"))
    }

    @Test func aDefaultThatBreaksItsAllOfPartGivesWayToTheRules() throws {
        // `default: {}` on a property wrapping a schema that requires `audiences`.
        let spec = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /tokens:
                post:
                  requestBody:
                    content:
                      application/json:
                        schema:
                          type: object
                          required: [spec]
                          properties:
                            spec: {allOf: [{$ref: '#/components/schemas/Spec'}], default: {}}
                  responses: {'204': {description: ok}}
            components:
              schemas:
                Spec: {type: object, required: [audiences], properties: {audiences: {type: array, items: {type: string, enum: [api]}}}}
            """
        #expect(try Self.httpie(spec, page: "uncategorized/tokens/tokens.md").hasSuffix("  spec:='{\"audiences\":[\"api\"]}'\n"))
    }
}
