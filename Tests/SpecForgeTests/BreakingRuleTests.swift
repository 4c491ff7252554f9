import SpecForgeDiff
import Testing

/// `specforge diff --breaking`: one small OLD and NEW per rule, and the finding it gives
/// (`file:line:column` in NEW, the level, the rule id, the endpoint, where, what).
@Suite struct BreakingRuleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var rule: String
        var old: String
        var new: String
        var finding: String
        var testDescription: String { rule }
    }

    /// A `GET /pets` answering 200 with `schema` (JSON), taking `parameters`.
    static func pets(_ schema: String = "{type: object}", parameters: String = "[]") -> String {
        """
        paths:
          /pets:
            get:
              parameters: \(parameters)
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema: \(schema)
        """
    }

    /// A `POST /pets` sending `schema` as its JSON body.
    static func create(_ schema: String) -> String {
        """
        paths:
          /pets:
            post:
              requestBody:
                content:
                  application/json:
                    schema: \(schema)
              responses: {'201': {description: Made}}
        """
    }

    static let cases: [Case] = [
        Case(rule: "endpoint-removed",
             old: pets() + "\n    delete:\n      responses: {'204': {description: Gone}}", new: pets(),
             finding: "old.yaml:13:5: error: [endpoint-removed] DELETE /pets: endpoint removed"),
        Case(rule: "response-success-status-removed",
             old: "paths:\n  /pets:\n    get:\n      responses: {'200': {description: OK}, '404': {description: No}}",
             new: "paths:\n  /pets:\n    get:\n      responses: {'404': {description: No}}",
             finding: "new.yaml:6:18: error: [response-success-status-removed] GET /pets: success response status removed (Deleted response: 200)"),
        Case(rule: "response-non-success-status-removed",
             old: "paths:\n  /pets:\n    get:\n      responses: {'200': {description: OK}, '404': {description: No}}",
             new: "paths:\n  /pets:\n    get:\n      responses: {'200': {description: OK}}",
             finding: "new.yaml:6:18: warning: [response-non-success-status-removed] GET /pets: non-success response status removed (Deleted response: 404)"),
        Case(rule: "response-media-type-removed",
             old: pets(), new: "paths:\n  /pets:\n    get:\n      responses: {'200': {description: OK, content: {text/plain: {schema: {type: string}}}}}",
             finding: "new.yaml:6:53: error: [response-media-type-removed] GET /pets: response 200: response media type removed (Deleted media type: application/json)"),
        Case(rule: "response-property-removed",
             old: pets("{type: object, properties: {name: {type: string}, age: {type: integer}}}"),
             new: pets("{type: object, properties: {name: {type: string}}}"),
             finding: "new.yaml:12:23: error: [response-property-removed] GET /pets: response 200, application/json: response property removed (Deleted property: age)"),
        Case(rule: "response-property-became-optional",
             old: pets("{type: object, required: [name], properties: {name: {type: string}}}"),
             new: pets("{type: object, properties: {name: {type: string}}}"),
             finding: "new.yaml:12:23: warning: [response-property-became-optional] GET /pets: response 200, application/json: response property no longer required (Deleted required property: name)"),
        Case(rule: "response-property-became-nullable",
             old: pets("{type: object, properties: {name: {type: string}}}"),
             new: pets("{type: object, properties: {name: {type: string, nullable: true}}}"),
             finding: "new.yaml:12:82: warning: [response-property-became-nullable] GET /pets: response 200, application/json, property name: response value became nullable (Nullable changed from false to true)"),
        Case(rule: "response-type-changed",
             old: pets("{type: object, properties: {id: {type: integer}}}"),
             new: pets("{type: object, properties: {id: {type: string}}}"),
             finding: "new.yaml:12:62: error: [response-type-changed] GET /pets: response 200, application/json, property id: response type changed (Type changed from 'integer' to 'string')"),
        Case(rule: "response-format-changed",
             old: pets("{type: object, properties: {id: {type: string, format: uri}}}"),
             new: pets("{type: object, properties: {id: {type: string, format: uuid}}}"),
             finding: "new.yaml:12:78: error: [response-format-changed] GET /pets: response 200, application/json, property id: response format changed (Format changed from 'uri' to 'uuid')"),
        Case(rule: "response-enum-value-added",
             old: pets("{type: array, items: {type: string, enum: [cat, dog]}}"),
             new: pets("{type: array, items: {type: string, enum: [cat, dog, bird]}}"),
             finding: "new.yaml:12:65: warning: [response-enum-value-added] GET /pets: response 200, application/json, property []: enum value added to a response (clients must handle unknown values) (New enum values: [bird])"),
        Case(rule: "request-parameter-added-required",
             old: pets(), new: pets(parameters: "[{name: owner, in: query, required: true, schema: {type: string}}]"),
             finding: "new.yaml:6:20: error: [request-parameter-added-required] GET /pets: required request parameter added (New query param: owner)"),
        Case(rule: "request-parameter-became-required",
             old: pets(parameters: "[{name: owner, in: query, schema: {type: string}}]"),
             new: pets(parameters: "[{name: owner, in: query, required: true, schema: {type: string}}]"),
             finding: "new.yaml:6:55: error: [request-parameter-became-required] GET /pets: query parameter owner: request parameter became required (Required changed from false to true)"),
        Case(rule: "request-parameter-removed",
             old: pets(parameters: "[{name: owner, in: query, schema: {type: string}}]"), new: pets(),
             finding: "new.yaml:6:19: warning: [request-parameter-removed] GET /pets: request parameter removed (Deleted query param: owner)"),
        Case(rule: "request-body-added-required",
             old: "paths:\n  /pets:\n    post:\n      responses: {'201': {description: Made}}",
             new: "paths:\n  /pets:\n    post:\n      requestBody: {required: true, content: {application/json: {schema: {type: object}}}}\n      responses: {'201': {description: Made}}",
             finding: "new.yaml:6:20: error: [request-body-added-required] POST /pets: required request body added (Request body changed)"),
        Case(rule: "request-body-became-required",
             old: "paths:\n  /pets:\n    post:\n      requestBody: {content: {application/json: {schema: {type: object}}}}\n      responses: {'201': {description: Made}}",
             new: "paths:\n  /pets:\n    post:\n      requestBody: {required: true, content: {application/json: {schema: {type: object}}}}\n      responses: {'201': {description: Made}}",
             finding: "new.yaml:6:31: error: [request-body-became-required] POST /pets: request body became required (Request body changed)"),
        Case(rule: "request-media-type-removed",
             old: create("{type: object}").replacingOccurrences(of: "        application/json:", with: "        text/plain: {schema: {type: string}}\n        application/json:"),
             new: create("{type: object}"),
             finding: "new.yaml:8:11: error: [request-media-type-removed] POST /pets: request body: request media type removed (Deleted media type: text/plain)"),
        Case(rule: "request-property-added-required",
             old: create("{type: object, properties: {name: {type: string}}}"),
             new: create("{type: object, required: [owner], properties: {name: {type: string}, owner: {type: string}}}"),
             finding: "new.yaml:9:97: error: [request-property-added-required] POST /pets: request body, application/json: required request property added (New property: owner)"),
        Case(rule: "request-property-became-required",
             old: create("{type: object, properties: {name: {type: string}}}"),
             new: create("{type: object, required: [name], properties: {name: {type: string}}}"),
             finding: "new.yaml:9:46: error: [request-property-became-required] POST /pets: request body, application/json: request property became required (New required property: name)"),
        Case(rule: "request-property-became-not-nullable",
             old: create("{type: object, properties: {name: {type: string, nullable: true}}}"),
             new: create("{type: object, properties: {name: {type: string, nullable: false}}}"),
             finding: "new.yaml:9:80: error: [request-property-became-not-nullable] POST /pets: request body, application/json, property name: request value no longer nullable (Nullable changed from true to false)"),
        Case(rule: "request-type-changed",
             old: create("{type: object, properties: {age: {type: integer}}}"),
             new: create("{type: object, properties: {age: {type: string}}}"),
             finding: "new.yaml:9:61: error: [request-type-changed] POST /pets: request body, application/json, property age: request type changed (Type changed from 'integer' to 'string')"),
        Case(rule: "request-format-changed",
             old: create("{type: object, properties: {id: {type: string}}}"),
             new: create("{type: object, properties: {id: {type: string, format: uuid}}}"),
             finding: "new.yaml:9:76: error: [request-format-changed] POST /pets: request body, application/json, property id: request format changed (Format changed from '' to 'uuid')"),
        Case(rule: "request-enum-value-removed",
             old: pets(parameters: "[{name: kind, in: query, schema: {type: string, enum: [cat, dog]}}]"),
             new: pets(parameters: "[{name: kind, in: query, schema: {type: string, enum: [cat]}}]"),
             finding: "new.yaml:6:73: error: [request-enum-value-removed] GET /pets: query parameter kind: enum value removed from a request (Deleted enum values: [dog])"),
        Case(rule: "request-max-decreased",
             old: pets(parameters: "[{name: limit, in: query, schema: {type: integer, maximum: 100}}]"),
             new: pets(parameters: "[{name: limit, in: query, schema: {type: integer, maximum: 50}}]"),
             finding: "new.yaml:6:78: error: [request-max-decreased] GET /pets: query parameter limit: request maximum decreased (Max changed from 100 to 50)"),
        Case(rule: "request-min-increased",
             old: create("{type: object, properties: {name: {type: string}}}"),
             new: create("{type: object, properties: {name: {type: string, minLength: 3}}}"),
             finding: "new.yaml:9:81: error: [request-min-increased] POST /pets: request body, application/json, property name: request minimum increased (MinLength changed from 0 to 3)"),
    ]

    @Test(arguments: cases) func rule(_ c: Case) throws {
        let output = try DiffFixtures.breaking(c.old, c.new)
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.first == c.finding, "\(output)")
        #expect(lines.count == 2, "one finding and the count expected:\n\(output)")
        #expect(BreakingRules.rules[c.rule] != nil)
    }

    @Test func everyRuleHasASnippet() {
        #expect(Set(Self.cases.map(\.rule)) == Set(BreakingRules.rules.keys))
    }

    /// Renaming a path parameter changes nothing for clients, which fill the path by position.
    @Test func aRenamedPathParameterIsNotBreaking() throws {
        let old = "paths:\n  /pets/{id}:\n    get:\n      parameters: [{name: id, in: path, required: true, schema: {type: string}}]\n      responses: {'200': {description: OK}}"
        let new = "paths:\n  /pets/{pet}:\n    get:\n      parameters: [{name: pet, in: path, required: true, schema: {type: string}}]\n      responses: {'200': {description: OK}}"
        #expect(try DiffFixtures.text(old, new).contains("Name changed from 'id' to 'pet'"))
        #expect(try DiffFixtures.breaking(old, new) == "no breaking changes\n")
    }

    /// New optional inputs and new outputs are compatible.
    @Test func additionsClientsMayIgnoreAreNotBreaking() throws {
        let old = Self.pets("{type: object, properties: {name: {type: string}}}")
        let new = Self.pets("{type: object, properties: {name: {type: string}, age: {type: integer}}}", parameters: "[{name: q, in: query, schema: {type: string}}]")
        #expect(try DiffFixtures.breaking(old, new) == "no breaking changes\n")
    }
}
