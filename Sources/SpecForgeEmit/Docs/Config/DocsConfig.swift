import SpecForgeIR
import SpecForgeLoad
import SpecForgeParse

/// How the Markdown reference is laid out: where pages go, the index, page-specific sections,
/// and the client packages the example tabs call. Read from the `--layout` file.
public struct DocsConfig: Sendable {
    public struct Index: Sendable {
        public var path = "index.md"
        /// nil: the document's `info.title`.
        public var title: String?
        public var intro: String?
    }

    public struct Category: Sendable {
        public var slug: String
        public var title: String
        public var groups: [Group]
    }

    public struct Group: Sendable {
        public var slug: String
        public var title: String
        public var pages: [Page]
    }

    public struct Page: Sendable {
        public var file: String
        public var keys: [String]
        public var title: String?
        /// Markdown included after the title, already read from its file.
        public var intro: String?
        public var sections: [Section]?
        /// Where the layout gives `sections`, for warnings.
        public var sectionsSource: Location?
    }

    public struct Section: Sendable {
        public var title: String
        public var operations: [String]
        public var rest: Bool
    }

    public struct Examples: Sendable {
        public var pythonPackage: String?
        public var pythonSourceURL: String?
        public var typescriptPackage: String?
        /// The URL the examples call; nil: the spec's first server, else the defaults' `base-url`.
        public var baseURL: String?
        /// Reproduce the upstream generator's examples, bugs included (`mode: upstream`); the
        /// default writes examples that run against the spec as written.
        public var upstream = false
        /// HTTPie request items by security scheme name or kind (override the defaults').
        public var authentication: [String: String] = [:]
        /// Overrides of the built-in example values by exact field name (JSON literals).
        public var names: [(name: String, value: JSONValue)] = []
        public var swiftTab = false
        public var swiftModule: String?
    }

    /// A page of the changes since an earlier version of the document, beside the reference.
    public struct Changes: Sendable {
        /// The earlier document, as written in the layout (relative to the layout file).
        public var previous: String
        /// Where the page goes; `{version}` is the document's `info.version`.
        public var path = "api-changes/{version}.md"
        /// The page's entry in the index.
        public var title = "API changes"
    }

    /// Only operations whose path starts with this are documented; nil: the prefix all paths
    /// share (`APIModel.inferredBasePath`).
    public var basePath: String?
    /// Where the layout sets `base-path`, for messages.
    public var basePathSource: Location?
    public var methods: Set<HTTPMethod> = Set(HTTPMethod.allCases)
    /// Where the pages no category places go; `{key}` is the resource's key as a file name.
    public var defaultPath = "uncategorized/{key}/{key}.md"
    /// The index page; on unless the layout says `index: false`.
    public var index: Index? = Index()
    public var categories: [Category] = []
    public var examples = Examples()
    public var changes: Changes?

    public init() {}

    /// Reads a layout file. `readIntro` loads an intro file named relative to the layout file.
    public static func parse(
        _ node: Node,
        file: String,
        readIntro: (String) -> String?
    ) throws(Diagnostics) -> DocsConfig {
        var r = ConfigReader(file: file)
        var config = DocsConfig()
        guard let root = r.mapping(node, "the layout", allowed: ["base-path", "methods", "default-path", "index", "categories", "examples", "changes"]) else {
            try r.finish()
            return config
        }
        if let base = r.string(root["base-path"], "base-path") {
            config.basePath = base
            config.basePathSource = root["base-path"].map { Location(file: file, mark: $0.mark) }
        }
        if let methods = r.strings(root["methods"], "methods") {
            config.methods = Set(methods.compactMap { HTTPMethod(rawValue: $0.lowercased()) })
        }
        if let path = r.string(root["default-path"], "default-path") { config.defaultPath = path }
        if root["index"]?.scalar?.bool == false {
            config.index = nil
        } else if let index = r.mapping(root["index"], "index", allowed: ["path", "title", "intro"]) {
            var i = Index()
            if let p = r.string(index["path"], "index.path") { i.path = p }
            if let t = r.string(index["title"], "index.title") { i.title = t }
            i.intro = r.string(index["intro"], "index.intro")
            config.index = i
        }
        for categoryNode in r.sequence(root["categories"], "categories") ?? [] {
            guard let c = r.mapping(categoryNode, "a category", allowed: ["slug", "title", "groups"]) else { continue }
            var category = Category(slug: r.string(c["slug"], "slug") ?? "", title: r.string(c["title"], "title") ?? "", groups: [])
            for groupNode in r.sequence(c["groups"], "groups") ?? [] {
                guard let g = r.mapping(groupNode, "a group", allowed: ["slug", "title", "pages"]) else { continue }
                var group = Group(slug: r.string(g["slug"], "slug") ?? "", title: r.string(g["title"], "title") ?? "", pages: [])
                for entry in r.mapping(g["pages"], "pages")?.entries ?? [] {
                    var page = Page(file: entry.key, keys: [entry.key])
                    if entry.value.mapping == nil {
                        page.keys = r.strings(entry.value, "page '\(entry.key)'") ?? []
                    } else if let p = r.mapping(entry.value, "page '\(entry.key)'", allowed: ["keys", "title", "intro", "sections"]) {
                        page.keys = r.strings(p["keys"], "keys") ?? [entry.key]
                        page.title = r.string(p["title"], "title")
                        if let introPath = r.string(p["intro"], "intro") {
                            if var text = readIntro(introPath) {
                                while text.hasSuffix("\n") { text.removeLast() }
                                page.intro = text
                            } else if let mark = p["intro"]?.mark {
                                r.error(mark, "cannot read intro file '\(introPath)'")
                            }
                        }
                        if let sections = r.sequence(p["sections"], "sections") {
                            page.sectionsSource = p["sections"].map { Location(file: file, mark: $0.mark) }
                            page.sections = sections.compactMap { s in
                                guard let m = r.mapping(s, "a section", allowed: ["title", "operations", "rest"]) else { return nil }
                                return Section(
                                    title: r.string(m["title"], "title") ?? "",
                                    operations: r.strings(m["operations"], "operations") ?? [],
                                    rest: r.bool(m["rest"], "rest") ?? false
                                )
                            }
                        }
                    }
                    group.pages.append(page)
                }
                category.groups.append(group)
            }
            config.categories.append(category)
        }
        if let e = r.mapping(root["examples"], "examples", allowed: ["python", "typescript", "base-url", "values", "swift", "mode", "authentication"]) {
            if let mode = r.string(e["mode"], "examples.mode") {
                if mode != "upstream" && mode != "correct", let mark = e["mode"]?.mark {
                    r.error(mark, "examples.mode must be 'correct' (the default) or 'upstream'")
                }
                config.examples.upstream = mode == "upstream"
            }
            for entry in r.mapping(e["authentication"], "examples.authentication")?.entries ?? [] {
                if let item = r.string(entry.value, "examples.authentication.\(entry.key)") { config.examples.authentication[entry.key] = item }
            }
            if let py = r.mapping(e["python"], "examples.python", allowed: ["package", "source-url"]) {
                config.examples.pythonPackage = r.string(py["package"], "package")
                config.examples.pythonSourceURL = r.string(py["source-url"], "source-url")
            }
            if let ts = r.mapping(e["typescript"], "examples.typescript", allowed: ["package"]) {
                config.examples.typescriptPackage = r.string(ts["package"], "package")
            }
            if let swift = r.mapping(e["swift"], "examples.swift", allowed: ["enabled", "module"]) {
                config.examples.swiftTab = r.bool(swift["enabled"], "enabled") ?? true
                config.examples.swiftModule = r.string(swift["module"], "module")
            }
            if let url = r.string(e["base-url"], "base-url") { config.examples.baseURL = url }
            for entry in r.mapping(e["values"], "examples.values")?.entries ?? [] {
                config.examples.names.append((entry.key, ExampleValues.literal(entry.value)))
            }
        }
        if let c = r.mapping(root["changes"], "changes", allowed: ["previous", "path", "title"]) {
            if let previous = r.string(c["previous"], "changes.previous") {
                var changes = Changes(previous: previous)
                if let path = r.string(c["path"], "changes.path") { changes.path = path }
                if let title = r.string(c["title"], "changes.title") { changes.title = title }
                config.changes = changes
            } else {
                r.error(root["changes"]?.mark ?? node.mark, "changes needs 'previous', the earlier document to compare with")
            }
        }
        try r.finish()
        return config
    }
}
