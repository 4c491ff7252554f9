import Testing

/// Rules of the reference format that the pages of several releases show: parameter defaults,
/// where example values come from, bodies without a model, and configured sections.
@Suite struct DocsFormatRulesTests {
    static let spec = """
        openapi: 3.0.3
        info: {title: Shelters, version: '1'}
        paths:
          /api/shelters/{uuid}/checklist/:
            get:
              operationId: shelters_checklist_retrieve
              tags: [shelters]
              parameters:
                - {name: uuid, in: path, required: true, schema: {type: string, format: uuid}}
                - name: kind
                  in: query
                  description: Which checklist. Defaults to intake.
                  schema: {type: string, enum: [intake, exit], default: intake}
                - {name: include_hidden, in: query, description: Also hidden questions., schema: {type: boolean, default: false}}
                - {name: limit, in: query, schema: {type: integer, default: 10}}
              responses:
                '200': {description: ''}
          /api/shelters/import/:
            post:
              operationId: shelters_import
              tags: [shelters]
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/ShelterImportRequest'}
              responses:
                '202': {description: ''}
          /api/shelters/{uuid}/rename/:
            post:
              operationId: shelters_rename
              tags: [shelters]
              parameters:
                - {name: uuid, in: path, required: true, schema: {type: string, format: uuid}}
              requestBody:
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        title: {type: string}
              responses:
                '200': {description: ''}
        components:
          schemas:
            ShelterImportRequest:
              type: object
              required: [name, api_key]
              properties:
                name: {$ref: '#/components/schemas/RegistryEnum'}
                api_key: {type: string}
            RegistryEnum: {type: string, enum: [Central, Regional]}
        """

    /// The client packages of the snippet tests' layout, with the upstream generator's examples
    /// (the format these rules come from).
    static let layout = DocsSnippetTests.layout + "\n  mode: upstream"

    static var page: String {
        get throws { try #require(try Fixtures.docs(spec, layout: layout)["uncategorized/shelters/shelters.md"]) }
    }

    @Test func aParameterDefaultFollowsTheDescriptionAndPrecedesTheEnumValues() throws {
        #expect(try Self.page.contains("""
            === "Query Parameters"

                | Name | Type | Description |
                |---|---|---|
                | `include_hidden` | boolean | Also hidden questions.<br>_Default: `False`_ |
                | `kind` | string | Which checklist. Defaults to intake.<br>_Default: `intake`_<br>_Enum: `intake`, `exit`_ |
                | `limit` | integer | _Default: `10`_ |

            """))
    }

    @Test func anEnumFieldsExampleIsItsFirstValueEvenWhereItsNameHasOne() throws {
        // `name` fields are otherwise `my-awesome-{resource}`; credentials are masked.
        #expect(try Self.page.contains("""
                  name="Central" \\
                  api_key="********"
                ```
            """))
    }

    @Test func aBodySchemaWithoutANameHasNoPythonModelToSend() throws {
        #expect(try Self.page.contains("""
                client = AuthenticatedClient(
                    base_url="https://api.example.com", token="YOUR_API_TOKEN"
                )
                response = shelters_rename.sync(
                    uuid="a1b2c3d4-e5f6-7890-abcd-ef1234567890",
                    client=client
                )
            """))
        // The request body is documented all the same.
        #expect(try Self.page.contains("""
            === "Request Body"

                | Field | Type | Required |
                |---|---|---|
                | `title` | string |  |

            """))
    }

    @Test func aConfiguredSectionWithoutOperationsInTheDocumentIsLeftOut() throws {
        let layout = Self.layout + """

            categories:
              - slug: a
                title: A
                groups:
                  - slug: b
                    title: B
                    pages:
                      shelters:
                        keys: [shelters]
                        sections:
                          - {title: Checklists, operations: [shelters_checklist_retrieve]}
                          - {title: Removed Later, operations: [shelters_archive]}
                          - {title: Other Actions, rest: true}
            """
        let page = try #require(try Fixtures.docs(Self.spec, layout: layout)["a/b/shelters.md"])
        #expect(!page.contains("Removed Later"))
        #expect(page.contains("""
            | **Checklists** | | |
            | <span class="http-badge http-get">GET</span> | `/api/shelters/{uuid}/checklist/` | [Checklist](#checklist) |
            | **Other Actions** | | |
            """))
    }
}
