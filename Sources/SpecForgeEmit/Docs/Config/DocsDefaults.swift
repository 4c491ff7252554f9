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
    /// The URL examples call when neither the layout nor the spec names one; relative server URLs are resolved against it.
    public var baseURL = "https://api.example.com"
    /// HTTPie request items that authenticate, by security scheme kind (`http-bearer`, `apiKey-header`, …).
    public var authentication: [String: String] = [:]

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
        if let e = r.mapping(
            root?["examples"], "examples",
            allowed: ["string-names", "names", "string-patterns", "formats", "types", "path-patterns", "base-url", "authentication"])
        {
            if let url = r.string(e["base-url"], "base-url") { d.baseURL = url }
            for entry in r.mapping(e["authentication"], "authentication")?.entries ?? [] {
                if let item = r.string(entry.value, "authentication.\(entry.key)") { d.authentication[entry.key] = item }
            }
            for p in r.sequence(e["path-patterns"], "path-patterns") ?? [] {
                guard let m = r.mapping(p, "a pattern", allowed: ["match", "value"]), let match = r.string(m["match"], "match"),
                    let value = m["value"]
                else { continue }
                d.examples.pathPatterns.append((match, JSONValue(value)))
            }
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
