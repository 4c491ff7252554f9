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

    @Test("A page is read line by line as bytes: headings and ids anywhere outside fences are anchors, links in fences and code spans stay")
    func pagesAreReadAsLines() {
        let page = """
            # Events

            <a id="paging"></a>
            See [events](#events), [paging](#paging), [gone](#gone) and `[code](#code)`.
            ```
            # not a heading
            [fenced](#fenced)
            ```
            [after](#not-a-heading)
            """
        let links = DescriptionLinks(base: nil)
        #expect(DescriptionLinks.anchors(of: Array(page.utf8)) == ["events", "paging"])
        let fixed = links.apply(toPage: Array(page.utf8))
        #expect(String(decoding: fixed.page, as: UTF8.self) == page
            .replacingOccurrences(of: "[gone](#gone)", with: "gone")
            .replacingOccurrences(of: "[after](#not-a-heading)", with: "after"))
        #expect(fixed.unresolved == ["#gone", "#not-a-heading"])
    }

    @Test("Lines with other characters than ASCII are read as characters: the same links, kept or made text")
    func linesBeyondASCII() {
        let page = "# Événements\nVoir [les événements](#événements), [perdu](#perdu) et ![image](#gone) — `[code](#x)`.\n"
        let fixed = DescriptionLinks(base: nil).apply(toPage: Array(page.utf8))
        #expect(String(decoding: fixed.page, as: UTF8.self)
            == "# Événements\nVoir [les événements](#événements), perdu et image — `[code](#x)`.\n")
        #expect(fixed.unresolved == ["#perdu", "#gone"])
    }

    @Test("A carriage return and line feed is one character, so it does not end a line (as Swift splits strings)")
    func carriageReturnLineFeedIsOneCharacter() {
        let page = "text\r\n# Joined\n# Own line\n"
        #expect(DescriptionLinks.anchors(of: Array(page.utf8)) == ["own-line"])
        #expect(DescriptionLinks(base: nil).apply(toPage: Array(page.utf8)).page == Array(page.utf8))
    }
}
