import Testing

@testable import SpecForgeEmit

/// The example tabs of the default mode: what the spec says is what the examples send.
@Suite struct DocsExampleTabsTests {
    /// One operation on `/things/{thingId}` with the given extra YAML under the operation and at the top level.
    static func page(operation: String = "", top: String = "", layout: String? = nil) throws -> String {
        let spec = """
            openapi: 3.0.3
            info: {title: Thing Store, version: '1'}
            \(top)
            paths:
              /things/{thingId}:
                post:
                  operationId: updateThing
                  tags: [things]
                  parameters:
                    - {name: thingId, in: path, required: true, schema: {type: string}}
            \(operation.split(separator: "\n").map { "      " + $0 }.joined(separator: "\n"))
                  responses:
                    '204': {description: done}
            """
        return try #require(try Fixtures.docs(spec, layout: layout)["uncategorized/things/things.md"])
    }

    static func httpie(_ page: String) -> String {
        let start = page.range(of: "    ```bash\n")!.upperBound
        let end = page.range(of: "    ```", range: start..<page.endIndex)!.lowerBound
        return String(page[start..<end])
    }

    @Test func theBaseURLIsTheFirstServerWithItsVariablesDefaults() throws {
        let page = try Self.page(top: "servers: [{url: 'https://{region}.example.org/v2/', variables: {region: {default: eu}}}]")
        #expect(Self.httpie(page).contains("      https://eu.example.org/v2/things/123 \\\n") || Self.httpie(page).contains("https://eu.example.org/v2/things/123\n"))
    }

    @Test func aRelativeServerIsResolvedAgainstThePlaceholderHost() throws {
        #expect(Self.httpie(try Self.page(top: "servers: [{url: /api/v3}]")).contains("https://api.example.com/api/v3/things/123"))
    }

    @Test func withoutSecurityNoCredentialsAreSent() throws {
        #expect(Self.httpie(try Self.page()) == """
                http \\
                  POST \\
                  https://api.example.com/things/123

            """)
        #expect(try Self.page().contains("client = Client(base_url=\"https://api.example.com\")"))
    }

    static let schemes = """
        components:
          securitySchemes:
            bearer: {type: http, scheme: bearer}
            basic: {type: http, scheme: basic}
            key: {type: apiKey, in: query, name: api_key}
        security: [{bearer: []}]
        """

    @Test func theOperationsSecurityChoosesTheCredentials() throws {
        #expect(Self.httpie(try Self.page(top: Self.schemes)).contains("Authorization:\"Bearer YOUR_ACCESS_TOKEN\""))
        #expect(Self.httpie(try Self.page(operation: "security: [{basic: []}]", top: Self.schemes)).hasPrefix("    http \\\n      -a username:password \\\n      POST \\\n"))
        #expect(Self.httpie(try Self.page(operation: "security: [{key: []}]", top: Self.schemes)).contains("api_key==YOUR_API_KEY"))
        let open = try Self.page(operation: "security: []", top: Self.schemes)
        #expect(!Self.httpie(open).contains("Authorization"))
        #expect(open.contains("from thing_store_client import Client\n"))
        #expect(try Self.page(top: Self.schemes).contains("client = AuthenticatedClient(base_url=\"https://api.example.com\", token=\"YOUR_API_TOKEN\")"))
    }

    @Test func aLayoutMapsASchemeToItsOwnItem() throws {
        let layout = "examples: {authentication: {bearer: 'Authorization:\"Token YOUR_API_TOKEN\"'}}"
        #expect(Self.httpie(try Self.page(top: Self.schemes, layout: layout)).contains("Authorization:\"Token YOUR_API_TOKEN\""))
    }

    static let body = """
        requestBody:
          required: true
          content:
            application/json:
              schema:
                type: object
                required: [name, year, tags, done, note]
                properties:
                  name: {type: string, example: Lamp}
                  year: {type: integer, default: 1999}
                  tags: {type: array, items: {type: string, enum: [red, blue]}}
                  done: {type: boolean}
                  note: {type: string, nullable: true, default: null}
                  size: {type: string}
        """

    @Test func requestItemsAreTypedAsHTTPieReadsThem() throws {
        #expect(Self.httpie(try Self.page(operation: Self.body)).hasSuffix("""
                  name="Lamp" \\
                  year:=1999 \\
                  tags:='["red"]' \\
                  done:=true \\
                  note:=null

            """))
    }

    @Test func aMediaTypeExampleIsTheWholeBody() throws {
        let operation = Self.body + "\n      example: {name: Desk, year: 2001, tags: [blue], done: false, note: Oak}"
        #expect(Self.httpie(try Self.page(operation: operation)).hasSuffix(
            "  name=\"Desk\" \\\n      year:=2001 \\\n      tags:='[\"blue\"]' \\\n      done:=false \\\n      note=\"Oak\"\n"))
    }

    @Test func addressFormatsGetAddressesAlsoInsideABranch() throws {
        let operation = """
            requestBody:
              content:
                application/json:
                  schema:
                    type: object
                    required: [gateway, nexthop]
                    properties:
                      gateway: {type: string, format: ipv6}
                      nexthop: {oneOf: [{type: string, format: ipv4}, {type: string, format: ipv6}]}
            """
        #expect(Self.httpie(try Self.page(operation: operation)).hasSuffix("  gateway=\"2001:db8::10\" \\\n      nexthop=\"192.0.2.10\"\n"))
    }

    @Test func aMediaTypeExampleThatBreaksItsSchemaGivesWayToTheRules() throws {
        // A required property missing, a value outside its enum: a validator would refuse the request.
        for example in ["{name: Desk, year: 2001}", "{name: Desk, year: 2001, tags: [green], done: false, note: null}"] {
            let page = try Self.page(operation: Self.body + "\n      example: " + example)
            #expect(Self.httpie(page).hasSuffix("  name=\"Lamp\" \\\n      year:=1999 \\\n      tags:='[\"red\"]' \\\n      done:=true \\\n      note:=null\n"))
        }
        #expect(SpecExamples.isCanonicalUUID("8f20242b-638e-4318-a485-f81ac685e13a"))
        #expect(!SpecExamples.isCanonicalUUID("8f20242b638e4318a485f81ac685e13a"))
    }

    @Test func formAndMultipartBodies() throws {
        let form = """
            requestBody:
              content:
                application/x-www-form-urlencoded:
                  schema: {type: object, required: [a], properties: {a: {type: integer, example: 5}}}
            """
        #expect(Self.httpie(try Self.page(operation: form)).hasPrefix("    http \\\n      --form \\\n      POST \\\n"))
        #expect(Self.httpie(try Self.page(operation: form)).hasSuffix("  a=\"5\"\n"))
        let multipart = """
            requestBody:
              content:
                multipart/form-data:
                  schema: {type: object, required: [file], properties: {file: {type: string, format: binary}}}
            """
        #expect(Self.httpie(try Self.page(operation: multipart)).contains("--multipart \\\n"))
        #expect(Self.httpie(try Self.page(operation: multipart)).hasSuffix("  file@./example.bin\n"))
    }

    @Test func pathValuesComeFromTheParametersNameAndExample() throws {
        #expect(Self.httpie(try Self.page()).contains("/things/123"))
        let spec = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /repos/{owner}/{repo}/tags/{tag}:
                get:
                  parameters:
                    - {name: owner, in: path, required: true, schema: {type: string}}
                    - {name: repo, in: path, required: true, schema: {type: string}, example: hello-world}
                    - {name: tag, in: path, required: true, schema: {type: string, enum: [v1]}}
                  responses: {'200': {description: ok}}
            """
        let page = try #require(try Fixtures.docs(spec)["uncategorized/repos/repos.md"])
        #expect(page.contains("https://api.example.com/repos/example-owner/hello-world/tags/v1\n"))
    }

    @Test func thePythonTabNamesWhatOpenapiPythonClientGenerates() throws {
        let spec = """
            openapi: 3.0.3
            info: {title: Swagger Petstore, version: '1'}
            paths:
              /pets/{id}:
                get:
                  operationId: findPetById
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: integer, format: int64}}
                    - {name: type, in: query, required: true, schema: {type: string}}
                  responses:
                    '200': {description: ok, content: {application/json: {schema: {type: object, properties: {a: {type: string}}}}}}
            """
        let page = try #require(try Fixtures.docs(spec)["uncategorized/pets/pets.md"])
        #expect(page.contains("""
                from swagger_petstore_client import Client
                from swagger_petstore_client.api.default import find_pet_by_id
                
                client = Client(base_url="https://api.example.com")
                
                response = find_pet_by_id.sync(
                    id=123,
                    client=client,
                    type_="string-value"
                )
            """))
    }

    @Test func withoutAResponseBodyTheCallIsSyncDetailed() throws {
        #expect(try Self.page().contains("response = update_thing.sync_detailed(\n"))
    }

    @Test func theTypeScriptTabNeedsAPackage() throws {
        #expect(try !Self.page().contains("=== \"TypeScript\""))
        let page = try Self.page(layout: "examples: {typescript: {package: thing-client}}")
        #expect(page.contains("import { updateThing } from 'thing-client';"))
    }

    @Test func theUpstreamModeKeepsTheUpstreamExamples() throws {
        let layout = "examples: {mode: upstream, typescript: {package: x}}"
        let page = try Self.page(operation: Self.body, top: Self.schemes, layout: layout)
        #expect(Self.httpie(page).contains("  year=1999 \\\n") || Self.httpie(page).contains("  year=123 \\\n"))
        #expect(page.contains("from .client import AuthenticatedClient"))
    }

    @Test func noPythonTabWhereTheGeneratedClientHasNoFunction() throws {
        let text = """
            requestBody:
              content:
                text/plain:
                  schema: {type: string}
            """
        #expect(try !Self.page(operation: text).contains("=== \"Python\""))
        #expect(try Self.page().contains("=== \"Python\""))
    }

    @Test func multipartFilesAreBytesInThePythonBody() throws {
        let multipart = """
            requestBody:
              content:
                multipart/form-data:
                  schema: {type: object, required: [file], properties: {file: {type: string, format: binary}}}
            """
        #expect(try Self.page(operation: multipart).contains("""
                body_data = UpdateThingBody.from_dict({
                    "file": b"string-value",
                })
            """))
    }

    @Test func ruleValuesMeetTheSchemasConstraints() throws {
        let spec = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /keys/{key}:
                get:
                  parameters:
                    - {name: key, in: path, required: true, schema: {type: string, pattern: '^[A-Z]{2}-\\d{3}$'}}
                    - {name: size, in: query, required: true, schema: {type: integer, minimum: 500}}
                    - {name: code, in: query, required: true, schema: {type: string, minLength: 20}}
                    - {name: sha, in: query, required: true, schema: {type: string, minLength: 8, pattern: '^[0-9a-f]+$'}}
                  responses: {'200': {description: ok}}
            """
        let page = try #require(try Fixtures.docs(spec)["uncategorized/keys/keys.md"])
        #expect(page.contains("https://api.example.com/keys/AA-111 \\\n      size==\"500\" \\\n      code==\"string-valuexxxxxxxx\" \\\n      sha==\"00000000\"\n"), "\(page)")
    }

    @Test func aRegularExpressionGivesAValueItMatches() {
        for pattern in ["^[a-z0-9]+(-[a-z0-9]+)*$", "^v\\d+\\.\\d+$", "^(foo|bar)_[^_]{3}$", "[A-F0-9]{8}"] {
            let value = RegexExample.make(pattern)
            #expect(value.map { ConstrainedValues.matches($0, pattern) } == true, "\(pattern) → \(value ?? "nil")")
        }
    }

    @Test func aResponseTheGeneratorCannotTypeLeavesOnlySyncDetailed() throws {
        let spec = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  operationId: getA
                  responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/A'}}}}}
              /b:
                get:
                  operationId: getB
                  responses: {'200': {description: ok, content: {application/json: {schema: {type: object, properties: {n: {type: integer}}}}}}}
            components:
              schemas:
                A: {type: object, properties: {list: {type: array}}}
            """
        let pages = try Fixtures.docs(spec)
        #expect(pages["uncategorized/a/a.md"]?.contains("response = get_a.sync_detailed(") == true)
        #expect(pages["uncategorized/b/b.md"]?.contains("response = get_b.sync(") == true)
    }

    @Test func bodiesNameTheirDiscriminatorAndAllOfRequirements() throws {
        let spec = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /shapes:
                post:
                  operationId: addShape
                  requestBody:
                    content:
                      application/json:
                        schema:
                          oneOf: [{$ref: '#/components/schemas/Circle'}]
                          discriminator: {propertyName: kind, mapping: {round: '#/components/schemas/Circle'}}
                  responses: {'204': {description: ok}}
            components:
              schemas:
                Base: {type: object, properties: {kind: {type: string}, id: {type: integer}}}
                Circle:
                  allOf: [{$ref: '#/components/schemas/Base'}, {type: object, required: [radius, id], properties: {radius: {type: number}}}]
            """
        let page = try #require(try Fixtures.docs(spec)["uncategorized/shapes/shapes.md"])
        #expect(page.contains("      kind=\"round\" \\\n      id:=123 \\\n      radius:=123.45\n"))
    }

    @Test func anExampleThatBreaksItsSchemaGivesWayToTheRules() throws {
        let spec = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /accounts:
                get:
                  parameters:
                    - {name: account, in: query, required: true, example: 12345, schema: {type: string, pattern: '^\\d{12}$'}}
                  responses: {'200': {description: ok}}
            """
        let page = try #require(try Fixtures.docs(spec)["uncategorized/accounts/accounts.md"])
        #expect(Self.httpie(page).contains("account==\"111111111111\""))
    }

    @Test("A oneOf value meets exactly one branch: where every object meets two, a string (the untyped branch's) or an object one closed branch refuses")
    func aOneOfValueMeetsExactlyOneBranch() throws {
        let page = try Self.page(
            operation: """
                requestBody:
                  content:
                    application/json:
                      schema:
                        type: object
                        required: [any, model, either]
                        properties:
                          any: {oneOf: [{$ref: '#/components/schemas/Free'}, {$ref: '#/components/schemas/Open'}, {}]}
                          either: {oneOf: [{$ref: '#/components/schemas/Free'}, {$ref: '#/components/schemas/Open'}], nullable: true}
                          model: {oneOf: [{$ref: '#/components/schemas/Open'}, {type: string}]}
                """,
            top: """
                components:
                  schemas:
                    Free: {type: object}
                    Open: {type: object, properties: {note: {type: string}}, additionalProperties: false}
                """)
        let httpie = Self.httpie(page)
        #expect(httpie.contains("any=\"string-value\""), "\(httpie)")
        #expect(httpie.contains(#"either:='{"either_1":"string-value"}'"#), "\(httpie)")
        // Branches that do not overlap keep the first one's value.
        #expect(httpie.contains("model:='{}'"), "\(httpie)")
    }

    @Test func aDefaultWithFewerItemsThanTheSchemaAsksGivesWayToTheRules() throws {
        let page = try Self.page(operation: """
            requestBody:
              content:
                application/json:
                  schema:
                    type: object
                    required: [tags]
                    properties:
                      tags: {type: array, minItems: 1, default: [], items: {type: string, example: red}}
            """)
        #expect(Self.httpie(page).contains(#"tags:='["red"]'"#), "\(Self.httpie(page))")
    }

    @Test func aModelWithADefaultIsOneTheGeneratorDrops() throws {
        let spec = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /c:
                get:
                  operationId: getC
                  responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/C'}}}}}
            components:
              schemas:
                C: {type: object, properties: {meta: {allOf: [{$ref: '#/components/schemas/Meta'}], default: {}}}}
                Meta: {type: object}
            """
        #expect(try Fixtures.docs(spec)["uncategorized/c/c.md"]?.contains("response = get_c.sync_detailed(") == true)
    }
}
