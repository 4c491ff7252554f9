import SpecForgeDiff
import SpecForgeKit
import SpecForgeLoad
import SpecForgeParse
import Testing

/// `specforge diff` on small documents: two YAML snippets in, the report out.
enum DiffFixtures {
    /// A document: the header, then `body` (paths and components) as written.
    static func spec(_ body: String) -> String {
        "openapi: 3.0.3\ninfo: {title: Pets, version: 1.0.0}\n" + body
    }

    static func input(_ yaml: String, file: String) throws -> DiffInput {
        let root = try YAMLLoader.load(bytes: Array(yaml.utf8), file: file)
        let sources = SourceSet(root: file, node: root) { (path: String) throws(LoadError) -> Node in
            throw LoadError(file: path, mark: nil, message: "no such file")
        }
        let document = try DocumentParser.parse(sources: sources, rootFile: file).0
        return DiffInput(sources: sources, rootFile: file, document: document)
    }

    static func report(_ old: String, _ new: String) throws -> DiffReport {
        DiffReport.compare(try input(spec(old), file: "old.yaml"), try input(spec(new), file: "new.yaml"))
    }

    static func text(_ old: String, _ new: String) throws -> String { TextReport.render(try report(old, new)) }

    static func breaking(_ old: String, _ new: String) throws -> String { BreakingRules.render(BreakingRules.findings(try report(old, new))) }
}

@Suite struct DiffReportTests {
    @Test func identicalDocumentsHaveNoChanges() throws {
        let doc = "paths:\n  /pets:\n    get:\n      responses: {'200': {description: OK}}\n"
        #expect(try DiffFixtures.text(doc, doc) == "No changes\n")
    }

    @Test func newDeletedAndModifiedEndpoints() throws {
        let old = """
            paths:
              /pets:
                get:
                  responses: {'200': {description: OK}}
                delete:
                  responses: {'204': {description: Gone}}
            """
        let new = """
            paths:
              /pets:
                get:
                  summary: List pets
                  responses: {'200': {description: OK}}
              /owners:
                post:
                  responses: {'201': {description: Made}}
            """
        #expect(try DiffFixtures.text(old, new) == """
            ### New Endpoints: 1
            --------------------
            POST /owners  \n\
            
            ### Deleted Endpoints: 1
            ------------------------
            DELETE /pets  \n\
            
            ### Modified Endpoints: 1
            -------------------------
            GET /pets
            - Summary changed from '' to 'List pets'
            
            
            """)
    }

    @Test func parametersSortedByLocationThenName() throws {
        let old = """
            paths:
              /pets:
                get:
                  parameters:
                  - {name: limit, in: query, schema: {type: integer, maximum: 100}}
                  - {name: old, in: query, schema: {type: string}}
                  responses: {'200': {description: OK}}
            """
        let new = """
            paths:
              /pets:
                get:
                  parameters:
                  - {name: limit, in: query, description: At most this many, schema: {type: integer, maximum: 1000000}}
                  - {name: b, in: query, schema: {type: string}}
                  - {name: a, in: header, schema: {type: string}}
                  responses: {'200': {description: OK}}
            """
        #expect(try DiffFixtures.text(old, new).contains("""
            GET /pets
            - New query param: b
            - New header param: a
            - Deleted query param: old
            - Modified query param: limit
              - Description changed from '' to 'At most this many'
              - Schema changed
                - Max changed from 100 to 1e+06
            """))
    }

    @Test func pathParameterNamesAreIgnoredWhenMatchingPaths() throws {
        let old = """
            paths:
              /pets/{id}:
                get:
                  parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
                  responses: {'200': {description: OK}}
            """
        let new = """
            paths:
              /pets/{uuid}:
                get:
                  parameters: [{name: uuid, in: path, required: true, schema: {type: string, format: uuid}}]
                  responses: {'200': {description: OK}}
            """
        #expect(try DiffFixtures.text(old, new).contains("""
            ### New Endpoints: None
            -----------------------
            
            ### Deleted Endpoints: None
            ---------------------------
            
            ### Modified Endpoints: 1
            -------------------------
            GET /pets/{id}
            - Modified path param: id
              - Name changed from 'id' to 'uuid'
              - Schema changed
                - Type changed from 'integer' to 'string'
                - Format changed from '' to 'uuid'
            """))
    }

    @Test func schemaChangesThroughReferencesEnumsAndAllOf() throws {
        let old = """
            paths:
              /pets:
                get:
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}
            components:
              schemas:
                Pet:
                  type: object
                  required: [name]
                  properties:
                    name: {type: string}
                    state: {allOf: [{$ref: '#/components/schemas/OldState'}]}
                    kind: {type: string, enum: [cat, dog]}
                OldState: {type: string, enum: [a]}
            """
        let new = """
            paths:
              /pets:
                get:
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}
            components:
              schemas:
                Pet:
                  type: object
                  required: [name, kind]
                  properties:
                    name: {type: string, nullable: true}
                    state: {allOf: [{$ref: '#/components/schemas/State'}]}
                    kind: {type: string, enum: [cat, bird]}
                    age: {type: integer}
                State: {type: string, enum: [a]}
            """
        #expect(try DiffFixtures.text(old, new).contains("""
            GET /pets
            - Responses changed
              - Modified response: 200
                - Content changed
                  - Modified media type: application/json
                    - Schema changed
                      - Items changed
                        - Required changed
                          - New required property: kind
                        - Properties changed
                          - New property: age
                          - Modified property: kind
                            - New enum values: [bird]
                            - Deleted enum values: [dog]
                          - Modified property: name
                            - Nullable changed from false to true
                          - Modified property: state
                            - Property 'AllOf' changed
                              - Schemas added: #/components/schemas/State
                              - Schemas deleted: #/components/schemas/OldState
            """))
    }

    /// A schema inside itself is compared down to where it recurs; members of `oneOf` written in
    /// place match when identical, then by title, and are otherwise named by position.
    @Test func recursiveSchemasAndMembersWrittenInPlace() throws {
        func node(_ name: String, _ members: String) -> String {
            """
            paths:
              /nodes:
                get:
                  responses:
                    '200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/Node'}}}}
            components:
              schemas:
                Node:
                  type: object
                  properties:
                    name: \(name)
                    children: {type: array, items: {$ref: '#/components/schemas/Node'}}
                    value: {oneOf: \(members)}
            """
        }
        let old = node("{type: string}", "[{type: string}, {type: integer, title: Count}]")
        let new = node("{type: string, maxLength: 10}", "[{type: string, format: date}, {type: integer, title: Count, minimum: 0}, {type: boolean}]")
        #expect(try DiffFixtures.text(old, new).hasSuffix("""
                - Schema changed
                  - Properties changed
                    - Modified property: name
                      - MaxLength changed from null to 10
                    - Modified property: value
                      - Property 'OneOf' changed
                        - Schemas added: subschema #1, subschema #3
                        - Schemas deleted: subschema #1
                        - Modified schema: subschema #2: Count
                          - Min changed from null to 0


        """))
    }

    /// Path-level parameters are not part of the endpoint report: their change is a located warning.
    @Test func pathLevelChangesAreWarnings() throws {
        let old = "paths:\n  /pets:\n    get:\n      responses: {'200': {description: OK}}\n"
        let new = "paths:\n  /pets:\n    parameters: [{name: q, in: query, schema: {type: string}}]\n    get:\n      responses: {'200': {description: OK}}\n"
        let report = try DiffFixtures.report(old, new)
        #expect(TextReport.render(report) == "No endpoint changes, but there are some other changes\n")
        #expect(report.warnings.map(\.description) == [
            "new.yaml:5:5: warning: path-level 'parameters' of /pets changed; the report lists changes of operations only"
        ])
    }

    /// A changed extension is listed as JSON-patch operations.
    @Test func modifiedExtensionsAsPatchOperations() throws {
        let old = """
            paths:
              /pets:
                post:
                  x-permissions: [{permission: PET.CREATE, scopes: [customer, project]}]
                  x-owner: team-a
                  responses: {'201': {description: Made}}
            """
        let new = """
            paths:
              /pets:
                post:
                  x-permissions: [{permission: PET.ADD, scopes: [customer, project, offering]}]
                  x-owner: team-b
                  responses: {'201': {description: Made}}
            """
        #expect(try DiffFixtures.text(old, new).contains("""
            POST /pets
            - Extensions changed
              - Modified extension: x-owner
                - Modified value from 'team-a' to 'team-b'
              - Modified extension: x-permissions
                - Modified /0/permission from 'PET.CREATE' to 'PET.ADD'
                - Added /0/scopes/- with value: 'offering'
            """))
    }

    /// Changes outside the endpoints: top-level servers, security and extensions.
    @Test func otherChangesAfterTheEndpoints() throws {
        let paths = "paths:\n  /pets:\n    get:\n      responses: {'200': {description: OK}}\n"
        let old = "servers: [{url: 'https://a.example.com'}]\nsecurity: [{token: []}]\n" + paths
        let new = "servers: [{url: 'https://b.example.com'}]\nsecurity: [{token: []}, {oauth: [read]}]\nx-audience: public\n" + paths
        #expect(try DiffFixtures.text(old, new) == """
            No endpoint changes, but there are some other changes
            Other Changes
            -------------
            Extensions changed
            - New extension: x-audience
            
            Security Requirements changed
            - New security requirements: oauth: [read]
            
            Servers changed
            - New server: https://b.example.com
            - Deleted server: https://a.example.com
            
            
            """)
    }

    @Test func aPageLaysTheReportOutAsMarkdown() throws {
        let old = "paths:\n  /pets:\n    get:\n      responses: {'200': {description: OK}}\n"
        let new = "paths:\n  /pets:\n    get:\n      description: \"Lists pets.\\n\\nSee also:\\n\"\n      responses: {'200': {description: OK}}\n"
        let page = try Comparison.page(DiffFixtures.report(old, new), version: "1.0.0")
        #expect(page == """
            # OpenAPI schema diff - 1.0.0
            
            ## For version 1.0.0
            
            ### New Endpoints: None
            
            -----------------------
            
            ### Deleted Endpoints: None
            
            ---------------------------
            
            ### Modified Endpoints: 1
            
            -------------------------
            GET /pets
            
            - Description changed from '' to 'Lists pets.
            
            See also:
            '
            
            """)
    }

    @Test func bareURLsBecomeAutolinksUnlessQuotedAndTrailingBlanksGo() {
        let text = "GET /a\n- Description changed from '' to 'See http://example.com/x. Not \"https://q.example.com\", `http://code.example.com`, <https://done.example.com> or [link](https://l.example.com)' \nPOST /b  \n"
        #expect(MarkdownPage.layout(text) == "GET /a\n\n- Description changed from '' to 'See <http://example.com/x>. Not \"https://q.example.com\", `http://code.example.com`, <https://done.example.com> or [link](https://l.example.com)'\nPOST /b  \n")
    }

    @Test func aListResumingIndentedAfterTextMovesToTheMargin() {
        let text = "GET /a\n- Modified query param: s\n  - Description changed from '' to 'S\n\n'\n  - Style changed from '' to 'form'\n  - Schema changed\n    - Items changed\n- Modified query param: t\n"
        #expect(MarkdownPage.layout(text) == "GET /a\n\n- Modified query param: s\n  - Description changed from '' to 'S\n\n'\n\n- Style changed from '' to 'form'\n- Schema changed\n  - Items changed\n- Modified query param: t\n")
    }
}
