import SpecForgeIR
import SpecForgeLoad

/// The built-in rules of the reference format that are data, not code: read from
/// `Templates/docs/defaults.yaml`.
public struct DocsDefaults: Sendable {
    public struct SectionRule: Sendable {
        public var title: String
        public var names: [String]
        public var prefixes: [String]
        public var rest: Bool
    }

    public var sections: [SectionRule] = []
    public var examples = ExampleValues()

    public static func parse(_ node: Node, file: String) throws(Diagnostics) -> DocsDefaults {
        var r = ConfigReader(file: file)
        var d = DocsDefaults()
        let root = r.mapping(node, "the defaults", allowed: ["sections", "examples"])
        for s in r.sequence(root?["sections"], "sections") ?? [] {
            guard let m = r.mapping(s, "a section", allowed: ["title", "names", "prefixes", "rest"]) else { continue }
            d.sections.append(
                SectionRule(
                    title: r.string(m["title"], "title") ?? "",
                    names: r.strings(m["names"], "names") ?? [],
                    prefixes: r.strings(m["prefixes"], "prefixes") ?? [],
                    rest: r.bool(m["rest"], "rest") ?? false
                )
            )
        }
        if let e = r.mapping(root?["examples"], "examples", allowed: ["string-names", "names", "string-patterns", "formats", "types"]) {
            func table(_ key: String) -> [String: JSONValue] {
                var out: [String: JSONValue] = [:]
                for entry in r.mapping(e[key], key)?.entries ?? [] { out[entry.key] = JSONValue(entry.value) }
                return out
            }
            d.examples.stringNames = table("string-names")
            d.examples.names = table("names")
            d.examples.formats = table("formats")
            d.examples.types = table("types")
            for p in r.sequence(e["string-patterns"], "string-patterns") ?? [] {
                guard let m = r.mapping(p, "a pattern", allowed: ["match", "value"]), let match = r.string(m["match"], "match"),
                    let value = m["value"]
                else { continue }
                d.examples.stringPatterns.append((match, JSONValue(value)))
            }
        }
        try r.finish()
        return d
    }

    /// The section an action belongs to.
    func section(ofAction action: String) -> String {
        if let s = sections.first(where: { $0.names.contains(action) }) { return s.title }
        for s in sections where s.prefixes.contains(where: { action == $0 || action.hasPrefix($0 + "_") }) {
            return s.title
        }
        return sections.first(where: \.rest)?.title ?? ""
    }
}
