import SpecForgeWrite
import Testing

@testable import SpecForgeEmit

/// Links in the spec's descriptions are written for the API's own site: on the generated pages
/// they are resolved against `externalDocs.url`, kept when they name a heading of the page, and
/// otherwise written as their text with a located warning (so `mkdocs build --strict` passes).
@Suite struct DocsDescriptionLinksTests {
    static func spec(externalDocs: String) -> String {
        """
        openapi: 3.0.3
        info: {title: T, version: '1'}
        \(externalDocs)
        paths:
          /events:
            get:
              summary: List events
              description: >-
                See [language codes](/guides/language-codes), [fields](#param-fields),
                [the list](#list-events), [paging](paging.md), [a guide](guides/x#y),
                [the site](https://example.org/a) and `[code](#not-a-link)`.
              responses: {'200': {description: ok}}
        """
    }

    static func emit(_ spec: String) throws -> (page: String, warnings: [OutputSet.Warning]) {
        var set = OutputSet()
        DocsEmitter(model: try Fixtures.model(spec), config: DocsConfig(), defaults: try Fixtures.docsDefaults, templates: try Fixtures.templates)
            .emit(into: &set)
        return (try #require(set.files.first { $0.path == "uncategorized/events/events.md" }).contents, set.warnings)
    }

    @Test func pathsResolveAgainstExternalDocsAndUnknownAnchorsBecomeText() throws {
        let (page, warnings) = try Self.emit(Self.spec(externalDocs: "externalDocs: {url: 'https://docs.example.org/rest/'}"))
        #expect(page.contains(
            "See [language codes](https://docs.example.org/guides/language-codes), fields, [the list](#list-events), [paging](paging.md), "
                + "[a guide](https://docs.example.org/rest/guides/x#y), [the site](https://example.org/a) and `[code](#not-a-link)`.\n"))
        #expect(warnings.map(\.message) == ["a description links to '#param-fields', an anchor no heading of its page has: written as its text"])
        #expect(warnings.first.map { "\($0.file):\($0.line)" } == "snippet.yaml:6")
    }

    @Test func withoutExternalDocsAPathIsText() throws {
        let (page, warnings) = try Self.emit(Self.spec(externalDocs: ""))
        #expect(page.contains("See language codes, fields, [the list](#list-events), [paging](paging.md), a guide, [the site]"))
        #expect(warnings.count == 3)
    }

    @Test func theUpstreamModeKeepsLinksAsTheyAre() throws {
        let pages = try Fixtures.docs(Self.spec(externalDocs: ""), layout: "examples: {mode: upstream}")
        #expect(pages["uncategorized/events/events.md"]?.contains("See [language codes](/guides/language-codes), [fields](#param-fields),") == true)
    }
}
