import Testing

/// The Markdown reference format, rule by rule: a small spec in, the lines it gives out.
@Suite struct DocsSnippetTests {
    static let spec = """
        openapi: 3.0.3
        info: {title: Pets, version: '1'}
        paths:
          /api/pets/:
            get:
              operationId: pets_list
              tags: [pets]
              parameters:
                - {name: page, in: query, schema: {type: integer}, description: A page number.}
              responses:
                '200':
                  description: ''
                  content:
                    application/json:
                      schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}
            post:
              operationId: pets_create
              tags: [pets]
              summary: Add a pet.
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/PetRequest'}
              responses:
                '201':
                  description: Created
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Pet'}
          /api/pets/{uuid}/feed/:
            post:
              operationId: pets_feed
              tags: [pets]
              parameters:
                - {name: uuid, in: path, required: true, schema: {type: string, format: uuid}}
              responses:
                '204': {description: Fed}
        components:
          schemas:
            Pet:
              type: object
              properties:
                uuid: {type: string, format: uuid, readOnly: true}
                name: {type: string, description: The pet's name.}
                owner: {type: object, properties: {email: {type: string, format: email}}}
            PetRequest:
              type: object
              required: [name]
              properties:
                name: {type: string}
                kind: {$ref: '#/components/schemas/KindEnum'}
            KindEnum: {type: string, enum: [cat, dog]}
        """

    static let layout = """
        examples:
          python: {package: pets_client, source-url: https://example.com/pets_client}
          typescript: {package: pets-client}
        """

    static var page: String {
        get throws { try #require(try Fixtures.docs(spec, layout: layout)["uncategorized/pets/pets.md"]) }
    }

    @Test func aResourceWithoutPlacementGoesToTheDefaultPath() throws {
        #expect(try Fixtures.docs(Self.spec, layout: Self.layout).keys.sorted() == ["index.md", "uncategorized/pets/pets.md"])
    }

    @Test func theSummaryTableGroupsOperationsIntoSections() throws {
        #expect(try Self.page.hasPrefix("""
            # Pets

            ## Operations Summary

            | Method | Endpoint | Description |
            |:--- |:--- |:--- |
            | **Core CRUD** | | |
            | <span class="http-badge http-get">GET</span> | `/api/pets/` | [List Pets](#list-pets) |
            | <span class="http-badge http-post">POST</span> | `/api/pets/` | [Add a pet.](#add-a-pet) |
            | **Other Actions** | | |
            | <span class="http-badge http-post">POST</span> | `/api/pets/{uuid}/feed/` | [Feed](#feed) |

            ---
            ## Core CRUD


            ### List Pets


            === "HTTPie"

            """))
    }

    @Test func requiredBodyFieldsBecomeExampleArguments() throws {
        #expect(try Self.page.contains("""
                http \\
                  POST \\
                  https://api.example.com/api/pets/ \\
                  name="my-awesome-pet"
                ```
            """))
        #expect(try Self.page.contains("""
                body_data = PetRequest.from_dict({
                    "name": "my-awesome-pet",
                })
                
                response = pets_create.sync(
                    client=client,
                    body=body_data
                )
            """))
    }

    @Test func pathParametersAreFilledWithExampleValues() throws {
        #expect(try Self.page.contains("https://api.example.com/api/pets/a1b2c3d4-e5f6-7890-abcd-ef1234567890/feed/\n"))
        #expect(try Self.page.contains("""
                  path: {
                    "uuid": "a1b2c3d4-e5f6-7890-abcd-ef1234567890"
                  }
            """))
    }

    @Test func requestTablesLeaveOutReadOnlyFieldsAndShowRequiredMarks() throws {
        #expect(try Self.page.contains("""
            === "Request Body (required)"

                | Field | Type | Required |
                |---|---|---|
                | `name` | string | ✓ |
                | `kind` | string |  |


            """))
    }

    @Test func responseTablesExpandNestedObjectsWithDottedNames() throws {
        #expect(try Self.page.contains("""
                **`200`** - 
                
                The response body is an array of objects, where each object has the following structure:
                
                | Field | Type | Description |
                |---|---|---|
                | `uuid` | string (uuid) |  |
                | `name` | string | The pet's name. |
                | `owner` | object |  |
                | `owner.email` | string (email) |  |

            ---
            """))
    }

    @Test func aResponseWithoutBodyShowsItsStatusOnly() throws {
        #expect(try Self.page.hasSuffix("""
            === "Responses"

                **`204`** - Fed
                

            ---

            """))
    }

    @Test func layoutPlacesPagesAndBuildsTheIndex() throws {
        let layout = Self.layout + """

            index: {title: API Reference, intro: All endpoints.}
            categories:
              - slug: animals
                title: Animals
                groups:
                  - slug: pets
                    title: Pets & Co
                    pages:
                      all-pets: pets
            """
        let files = try Fixtures.docs(Self.spec, layout: layout)
        #expect(files.keys.sorted() == ["animals/pets/all-pets.md", "index.md"])
        #expect(files["animals/pets/all-pets.md"]?.hasPrefix("# Pets\n") == true)
        #expect(files["index.md"] == """
            # API Reference

            All endpoints.

            ## Animals

            - [Pets & Co](./animals/pets/all-pets.md)


            """)
    }

    @Test func configuredSectionsReplaceTheDefaultSplit() throws {
        let layout = Self.layout + """

            categories:
              - slug: a
                title: A
                groups:
                  - slug: b
                    title: B
                    pages:
                      pets:
                        keys: [pets]
                        sections:
                          - {title: Feeding, operations: [pets_feed]}
                          - {title: Everything Else, rest: true}
            """
        let page = try #require(try Fixtures.docs(Self.spec, layout: layout)["a/b/pets.md"])
        #expect(page.contains("| **Feeding** | | |\n| <span class=\"http-badge http-post\">POST</span> | `/api/pets/{uuid}/feed/` | [Feed](#feed) |\n| **Everything Else** | | |"))
        #expect(page.contains("---\n## Feeding\n\n\n### Feed\n"))
    }

    @Test func aPageIntroductionFollowsTheTitle() throws {
        let layout = Self.layout + """

            categories:
              - slug: a
                title: A
                groups:
                  - slug: b
                    title: B
                    pages:
                      pets: {keys: [pets], intro: intro.md}
            """
        let config = try DocsConfig.parse(try Fixtures.node(layout), file: "layout.yaml") { path in
            path == "intro.md" ? "Pets are *friends*.\n\nTreat them well." : nil
        }
        #expect(config.categories[0].groups[0].pages[0].intro == "Pets are *friends*.\n\nTreat them well.")
        let page = try #require(try Fixtures.docs(Self.spec, layout: layout, intros: ["intro.md": "Pets are *friends*.\n\nTreat them well."])["a/b/pets.md"])
        #expect(page.hasPrefix("# Pets\n\nPets are *friends*.\n\nTreat them well.\n\n## Operations Summary\n"))
        let missing = try #require(throws: Diagnostics.self) {
            try DocsConfig.parse(try Fixtures.node(layout), file: "layout.yaml") { _ in nil }
        }
        #expect(missing.description == "layout.yaml:11:39: error: cannot read intro file 'intro.md'")
    }

    @Test func unknownLayoutKeysAreErrorsWithTheirLine() throws {
        let error = try #require(throws: Diagnostics.self) { try Fixtures.docs(Self.spec, layout: "examples: {}\ncategoriez: []\n") }
        #expect(error.description.hasPrefix("layout.yaml:2:1: error: unknown key 'categoriez' in the layout"))
    }
}

import SpecForgeEmit
import SpecForgeParse
