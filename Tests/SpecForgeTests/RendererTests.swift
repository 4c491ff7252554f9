import Foundation
import Mustache
@testable import SpecForgeEmit
@testable import SpecForgeRender
import Testing

/// The Mustache engine: the spec's semantics, and the same bytes as hummingbird's swift-mustache
/// for every built-in template.
@Suite struct RendererTests {
    func render(_ template: String, _ value: Value, partials: [String: String] = [:]) throws -> String {
        var library = TemplateLibrary()
        try library.register(name: "t", text: template)
        for (name, text) in partials { try library.register(name: name, text: text) }
        return library.render("t", value)
    }

    @Test func interpolationEscapesHTMLUnlessTripleStashed() throws {
        #expect(try render("{{a}} {{{a}}} {{& a}}", ["a": "<b>&\""]) == "&lt;b&gt;&amp;&quot; <b>&\" <b>&\"")
    }

    @Test func dottedNamesAndTheImplicitIterator() throws {
        #expect(try render("{{a.b}}", ["a": ["b": "x"]]) == "x")
        #expect(try render("{{#list}}[{{.}}]{{/list}}", ["list": ["1", "2"]]) == "[1][2]")
    }

    @Test func sectionsAndInvertedSections() throws {
        let t = "{{#on}}yes{{/on}}{{^on}}no{{/on}}"
        #expect(try render(t, ["on": true]) == "yes")
        #expect(try render(t, ["on": false]) == "no")
        #expect(try render(t, ["on": .null]) == "no")
        #expect(try render(t, [:]) == "no")
        #expect(try render(t, ["on": .list([])]) == "no")
    }

    @Test func namesResolveUpTheContextStack() throws {
        #expect(try render("{{#items}}{{name}}{{sep}}{{/items}}", ["sep": ",", "items": [["name": "a"], ["name": "b"]]]) == "a,b,")
    }

    @Test("A name matches a key of the same UTF-8 bytes however either string is stored (in its two words, or on the heap), long names too; no Unicode normalization")
    func namesMatchKeysByTheirBytes() throws {
        // A short key made on the heap (reserved capacity), not in the string's own words.
        var heapKey = String()
        heapKey.reserveCapacity(64)
        heapKey += "name"
        #expect(try render("{{name}}", .object(Fields([heapKey: "x"]))) == "x")
        var heapName = String()
        heapName.reserveCapacity(64)
        heapName += "{{name}}"
        #expect(try render(heapName, ["name": "y"]) == "y")
        // Longer than a string's own words hold (15 bytes), and differing only in the last byte.
        #expect(try render("{{returnsOptionalStatus}}", ["returnsOptionalStatusX": "no", "returnsOptionalStatus": "yes"]) == "yes")
        #expect(try render("{{café}}", ["café": "composed"]) == "composed")
        #expect(try render("{{café}}", ["cafe\u{301}": "decomposed"]) == "")
    }

    @Test func objectFieldsReadLikeADictionary() throws {
        // Written as a literal, built up key by key, or made from a dictionary: the same object.
        var built: Fields = ["a": "1", "b": "2"]
        built["b"] = "two"
        built["c"] = "3"
        built["a"] = nil
        let dictionary: [String: Value] = ["b": "two", "c": "3"]
        for value in [Value.object(built), .object(dictionary), ["b": "two", "c": "3"]] {
            #expect(try render("{{a}}|{{b}}|{{c}}", value) == "|two|3")
        }
        // Each key once: a literal that gives one twice is a mistake (stopped by an assertion in
        // debug builds); setting a key again replaces its value in place.
        #expect(!Fields.keysAreUnique([("k", "first"), ("k", "last")]))
        #expect(Fields.keysAreUnique([("k", "1"), ("K", "2"), ("k\u{301}", "3")]))
        #expect(Array(built).map(\.key) == ["b", "c"])
    }

    @Test func namesAreFoundWhereverTheyStandInEachObject() throws {
        // The renderer tries first where it found a name last time (objects built alike hold it at
        // the same place); objects built otherwise, and names found in an enclosing object,
        // must read the same as ever. One library, so the hints carry from one render to the next.
        var library = TemplateLibrary()
        try library.register(name: "t", text: "{{#items}}{{a}}{{b}}{{c}}{{x}};{{/items}}")
        let items: [Value] = [
            ["a": "1", "b": "2", "c": "3"], ["c": "3", "b": "2", "a": "1"], ["b": "2", "z": "0", "a": "1"],
            ["a": "1"], ["q": "?", "w": "?", "e": "?", "a": "1", "b": "2", "c": "3"], "plain", ["x": "inner", "a": "1"],
        ]
        let expected = "123outer;123outer;12outer;1outer;123outer;outer;1inner;"
        for _ in 0..<3 {
            #expect(library.render("t", ["items": .list(items), "x": "outer"]) == expected)
            #expect(library.render("t", ["x": "outer", "items": .list(items.reversed())]) == "1inner;outer;123outer;1outer;12outer;123outer;123outer;")
        }
    }

    @Test("Values are read where they stand in the rendered tree: a pair's value after its key, as the tuple lays it out")
    func valuesAreReadInPlace() throws {
        #expect(Fields.valueOffset == MemoryLayout<(String, Value)>.offset(of: \(String, Value).1))
        // Long and short keys and strings, lists of objects inside objects, dotted names and
        // partials: every place read is inside the one tree, which outlives the render.
        let long = String(repeating: "long text ", count: 8)
        let tree: Value = [
            "a long key that is not a small string": .string(long),
            "rows": .list((0..<40).map { i in ["n": .string("\(i)"), "cell": ["v": .string(i % 2 == 0 ? "even" : long)]] }),
            "empty": .list([]),
        ]
        let text = try render(
            "{{a long key that is not a small string}}|{{#rows}}{{n}}:{{> cell}};{{/rows}}{{#empty}}x{{/empty}}",
            tree, partials: ["cell": "{{cell.v}}{{#cell}}={{v}}{{/cell}}"])
        let rows = (0..<40).map { i in "\(i):\(i % 2 == 0 ? "even=even" : long + "=" + long);" }.joined()
        #expect(text == long + "|" + rows)
    }

    @Test("Strings are appended from where they stand: short ones (ASCII or not, empty too) from their two words, long ones through the string")
    func stringsAreAppendedFromTheirPlaces() throws {
        #expect(Value.payloadComesFirst)
        let strings = ["", "a", "clé", "fifteen_bytes__", "sixteen_bytes___", "ünïcödé", String(repeating: "é", count: 30)]
        for (i, s) in strings.enumerated() {
            let value = Value.string(s)
            withUnsafePointer(to: value) { place in
                #expect(Value.stringPlace(of: place)?.pointee == s)
                var out = OutputBuffer(capacity: 1)
                out.append("<")
                out.append(stringAt: Value.stringPlace(of: place)!)
                out.append(">")
                #expect(out.bytes() == Array("<\(s)>".utf8), "string \(i)")
            }
            // Through a template, escaped and not, among other text.
            #expect(try render("[{{s}}|{{{s}}}]", ["s": value]) == "[\(s)|\(s)]")
        }
        for other: Value in [true, .null, .list([]), ["s": "x"]] {
            withUnsafePointer(to: other) { #expect(Value.stringPlace(of: $0) == nil) }
        }
    }

    @Test func standaloneTagLinesLeaveNoTrace() throws {
        let t = """
            begin
              {{#items}}
            - {{.}}
              {{/items}}
            {{! a comment }}
            end

            """
        #expect(try render(t, ["items": ["a", "b"]]) == "begin\n- a\n- b\nend\n")
    }

    @Test func standalonePartialsAreIndented() throws {
        let out = try render("list:\n  {{> item}}\nend", ["x": "1"], partials: ["item": "a {{x}}\nb\n"])
        #expect(out == "list:\n  a 1\n  b\nend")
    }

    @Test func linesOfAnIndentedPartialThatStartWithATagAreIndentedToo() throws {
        let out = try render("list:\n  {{> item}}\nend", ["x": "1", "y": "2"], partials: ["item": "{{x}} a\n{{y}} b\n"])
        #expect(out == "list:\n  1 a\n  2 b\nend")
        let reference = try MustacheLibrary(templates: [
            "t": MustacheTemplate(string: "list:\n  {{> item}}\nend"), "item": MustacheTemplate(string: "{{x}} a\n{{y}} b\n"),
        ])
        #expect(reference.render(["x": "1", "y": "2"], withTemplate: "t") == out)
    }

    @Test func syntaxErrorsNameTheLineAndColumn() throws {
        #expect(throws: TemplateError.self) { try render("ok\n  {{#a}}x{{/b}}", [:]) }
        let error = try #require(throws: TemplateError.self) { try render("ok\n  {{#a}}x", [:]) }
        #expect(error.line == 2 && error.column == 3, "\(error)")
    }

    /// Renders the seed spec's pages with both engines over the same view models.
    @Test func builtinTemplatesRenderTheSameBytesAsSwiftMustache() throws {
        let spec = try String(contentsOfFile: Fixtures.path("specs/waldur-site-agent.yaml"), encoding: .utf8)
        let layout = try String(contentsOfFile: Fixtures.path("specs/waldur-site-agent-layout.yaml"), encoding: .utf8)
        let config = try DocsConfig.parse(try Fixtures.node(layout), file: "layout.yaml") { _ in nil }
        let emitter = DocsEmitter(model: try Fixtures.model(spec), config: config, defaults: try Fixtures.docsDefaults, templates: try Fixtures.templates)

        var reference = MustacheLibrary()
        for (path, text) in Templates.builtin where path.hasSuffix(".mustache") {
            try reference.register(text, named: String(path.dropLast(".mustache".count)))
        }
        let plans = emitter.plan()
        #expect(plans.count == 5)
        for plan in plans {
            let ours = String(decoding: emitter.render(plan), as: UTF8.self)
            let theirs = reference.render(Self.foundationValue(emitter.pageValue(plan)) as Any, withTemplate: "docs/page")
            #expect(ours == theirs, "\(plan.path): \(Fixtures.firstDifference(theirs ?? "", ours) ?? "")")
        }
    }

    /// The same data as plain Swift values, the way swift-mustache reads them (null keys left out).
    static func foundationValue(_ value: Value) -> Any? {
        switch value {
        case .string(let s): return s
        case .bool(let b): return b
        case .null: return nil
        case .list(let items): return items.compactMap(foundationValue)
        case .object(let fields):
            var out: [String: Any] = [:]
            for (k, v) in fields { if let f = foundationValue(v) { out[k] = f } }
            return out
        }
    }
}

/// The templates compiled into the binary are the files under Templates/.
@Suite struct BuiltinTemplatesTests {
    @Test func embeddedTemplatesMatchTheTemplatesDirectory() throws {
        let directory = Fixtures.root.appending(path: "Templates")
        let paths = (FileManager.default.subpaths(atPath: directory.path) ?? [])
            .filter { $0.hasSuffix(".mustache") || $0.hasSuffix(".yaml") }
        var onDisk: [String: String] = [:]
        for path in paths { onDisk[path] = try String(contentsOf: directory.appending(path: path), encoding: .utf8) }
        #expect(!onDisk.isEmpty)
        #expect(Templates.builtin == onDisk, "Templates/ changed: run `swift run embed-templates`")
    }
}
