import SpecForgeIR
import SpecForgeRender
import SpecForgeWrite

/// Emits the Markdown API reference: one page per resource (placed by the layout) and an index.
public struct DocsEmitter: Emitter {
    let model: APIModel
    let config: DocsConfig
    let defaults: DocsDefaults
    let templates: TemplateLibrary
    /// The Swift SDK the Swift example tab calls (only when the layout turns the tab on).
    let sharedSwiftSDK: SharedSwiftSDK?
    var swiftSDK: SwiftSDK? { sharedSwiftSDK?.sdk }
    /// The layout's base path, else the one the spec's paths share.
    let basePath: String
    /// How many segments `basePath` has.
    let basePathDepth: Int
    /// The URL the examples call: the layout's, else the spec's first server, else the defaults'.
    let baseURL: String
    let auth: ExampleAuthentication
    /// The TypeScript SDK's function names (only when the layout names its package).
    let typescriptNames: TypeScriptNaming?
    /// The page plan, made once for the pages and the section warnings.
    let sharedPlan = SharedPagePlan()
    /// The field tables, built once for every page that shows them.
    let fieldTables = FieldTableCache()
    /// Which schemas the Python tab's client types, judged once for every page.
    let pythonSupport = PythonSchemaSupport()
    /// How many pages are built at once: nil for as many as there are cores; fewer leave cores
    /// to an emitter running beside this one (`Pipeline` leaves one to the Swift SDK's analysis,
    /// which runs on one thread and is the longest stretch of work before the Swift files).
    public var pageWidth: Int? = nil
    /// The cores the emitters beside this one hold, lent to the pages when those emitters end
    /// (with `pageWidth`): the pages then go on on every core.
    public var pageLoan: CoreLoan? = nil

    /// `swiftSDK`: the SDK of `model` the Swift emitter of the same run renders, shared rather than made twice.
    public init(model: APIModel, config: DocsConfig, defaults: DocsDefaults, templates: TemplateLibrary, swiftSDK: SharedSwiftSDK? = nil) {
        self.model = model
        self.config = config
        // The layout's example values by field name take the place of the built-in ones.
        var defaults = defaults
        for (name, value) in config.examples.names { defaults.examples.names[name] = value }
        self.defaults = defaults
        self.templates = templates
        self.sharedSwiftSDK = config.examples.swiftTab ? swiftSDK ?? SharedSwiftSDK(model: model) : nil
        self.typescriptNames = config.examples.typescriptPackage != nil && !config.examples.upstream ? TypeScriptNaming(operations: model.operations) : nil
        self.basePath = config.basePath ?? model.inferredBasePath
        self.basePathDepth = basePath.split(separator: "/").count
        self.baseURL = config.examples.baseURL ?? model.servers.first.map { Self.absolute($0, against: defaults.baseURL) } ?? defaults.baseURL
        self.auth = ExampleAuthentication(
            model: model, defaults: defaults.authentication, layout: config.examples.authentication, upstream: config.examples.upstream)
    }

    /// A page to write: where, its title, and its operations.
    struct PagePlan: Sendable {
        var path: String
        var keys: [String]
        var title: String
        var intro: String?
        var sections: [DocsConfig.Section]?
        var sectionsSource: Location?
        var operations: [OperationIR]
    }

    /// The pages, made once per emitter (the section warnings read them too).
    var plans: [PagePlan] { sharedPlan.plans { plan() } }

    func plan() -> [PagePlan] {
        let resources = model.resources(basePath: basePath, methods: config.methods)
        let tagDescriptions = Dictionary(model.tags.map { ($0.name, $0.description) }, uniquingKeysWith: { a, _ in a })
        var placed: [String: (path: String, page: DocsConfig.Page)] = [:]
        for category in config.categories {
            for group in category.groups {
                for page in group.pages {
                    let path = "\(category.slug)/\(group.slug)/\(page.file).md"
                    for key in page.keys { placed[key] = (path, page) }
                }
            }
        }
        var plans: [String: PagePlan] = [:]
        var order: [String] = []
        for resource in resources {
            let path: String
            var plan: PagePlan
            if let p = placed[resource.key] {
                path = p.path
                let titleKey = p.page.keys.contains(p.page.file) ? p.page.file : (p.page.keys.first ?? resource.key)
                plan = plans[path] ?? PagePlan(
                    path: path, keys: p.page.keys, title: p.page.title ?? DocsNaming.title(ofKey: titleKey),
                    intro: p.page.intro, sections: p.page.sections, sectionsSource: p.page.sectionsSource, operations: [])
            } else {
                path = config.defaultPath.replacingAll("{key}", with: DocsNaming.fileName(resource.key))
                // A tag's own description introduces its page.
                plan = plans[path] ?? PagePlan(
                    path: path, keys: [resource.key], title: DocsNaming.title(ofKey: resource.key),
                    intro: tagDescriptions[resource.key] ?? nil, operations: [])
            }
            plan.operations += resource.operations
            if plans[path] == nil { order.append(path) }
            plans[path] = plan
        }
        return order.compactMap { plans[$0] }
    }

    public func emit(into output: inout OutputSet) {
        let plans = self.plans
        let links = config.examples.upstream ? nil : DescriptionLinks(base: model.externalDocsURL)
        // Pages are independent: build, render and link them on every core, in plan order.
        // The upstream mode reproduces the upstream pages as they are, links included.
        let build: @Sendable (PagePlan) -> DescriptionLinks.Result = { plan in
            let page = render(plan)
            return links?.apply(toPage: page) ?? DescriptionLinks.Result(page: page, unresolved: [])
        }
        let pages =
            if let pageWidth, let pageLoan { concurrentMap(plans, width: pageWidth, loan: pageLoan, build) }
            else { concurrentMap(plans, width: pageWidth, build) }
        for (plan, page) in zip(plans, pages) {
            output.add(plan.path, bytes: page.page)
            output.warnings += page.unresolved.map { linkWarning($0, plan: plan) }
        }
        if let index = config.index {
            output.add(index.path, templates.render("docs/index", indexValue(index, plans: plans)))
        }
    }

    /// A description link written as text, located at the operation whose description has it
    /// (else the page's first operation).
    func linkWarning(_ target: String, plan: PagePlan) -> OutputSet.Warning {
        let written = "](\(target)"
        let op = plan.operations.first { op in
            ([op.description, op.summary] + op.parameters.map(\.description) + [op.requestBody?.description]).contains { $0?.containsUTF8(written) == true }
        } ?? plan.operations.first
        return OutputSet.Warning(
            file: op?.location.file ?? "", line: op?.location.mark.line ?? 1, column: op?.location.mark.column ?? 1,
            message: "a description links to '\(target)', "
                + (target.hasPrefix("#") ? "an anchor no heading of its page has" : "a path on no generated page, and the document has no externalDocs url to resolve it against")
                + ": written as its text")
    }

    func render(_ plan: PagePlan) -> [UInt8] {
        templates.renderBytes("docs/page", pageValue(plan))
    }

    static func sorted(_ ops: [OperationIR]) -> [OperationIR] {
        ops.sorted { a, b in
            a.method.rank != b.method.rank ? a.method.rank < b.method.rank : a.operationId < b.operationId
        }
    }

    /// Static path segments (below the base path) shared by every operation of the page, joined by `_`.
    func actionPrefix(_ plan: PagePlan) -> String {
        if plan.operations.count == 1 { return (plan.keys.first ?? "").replacingAll("-", with: "_") }
        let depth = basePathDepth
        let prefixes = plan.operations.map { Array($0.staticPrefix.dropFirst(depth)) }
        var common: [Substring] = []
        for (i, segment) in (prefixes.first ?? []).enumerated() {
            guard prefixes.allSatisfy({ $0.count > i && $0[i] == segment }) else { break }
            common.append(segment)
        }
        return common.joined(separator: "_").replacingAll("-", with: "_")
    }

    /// The page's operations by section, in section order; one untitled section when sections do not apply.
    func sections(_ plan: PagePlan) -> [(title: String?, operations: [OperationIR])] {
        if let configured = plan.sections {
            let named = Set(configured.flatMap(\.operations))
            // A section none of whose operations the document has is left out, like the built-in ones.
            return configured.compactMap { section in
                let ops = plan.operations.filter { section.operations.contains($0.operationId) || (section.rest && !named.contains($0.operationId)) }
                return ops.isEmpty ? nil : (section.title, Self.sorted(ops))
            }
        }
        let prefix = actionPrefix(plan)
        var bySection: [String: [OperationIR]] = [:]
        for op in plan.operations {
            let action = op.operationId.hasPrefix(prefix + "_") ? String(op.operationId.dropFirst(prefix.count + 1)) : op.operationId
            bySection[defaults.section(ofAction: action), default: []].append(op)
        }
        guard bySection.count >= 2 else { return [(nil, Self.sorted(plan.operations))] }
        return defaults.sections.compactMap { rule in
            bySection[rule.title].map { (rule.title, Self.sorted($0)) }
        }
    }

    func pageValue(_ plan: PagePlan) -> Value {
        let context = OperationView.PageContext(
            examples: defaults.examples,
            config: config.examples,
            basePathDepth: basePathDepth,
            pythonModule: "",
            swiftSDK: swiftSDK,
            tables: fieldTables,
            pythonSupport: pythonSupport,
            baseURL: baseURL,
            auth: auth,
            pythonPackage: config.examples.pythonPackage ?? PythonNaming.package(title: model.title),
            typescriptNames: typescriptNames
        )
        var summary: [Value] = []
        var sectionValues: [Value] = []
        for (i, section) in sections(plan).enumerated() {
            if let title = section.title { summary.append(["sectionRow": .string(title)]) }
            var operations: [Value] = []
            for op in section.operations {
                var c = context
                c.pythonModule = (op.tags.first ?? plan.keys.first ?? "").replacingAll("-", with: "_")
                let view = OperationView(op, page: c)
                summary.append([
                    "method": .string(op.method.rawValue),
                    "methodUpper": .string(op.method.rawValue.uppercased()),
                    "path": .string(op.path),
                    "title": .string(view.title),
                    "anchor": .string(view.anchor),
                ])
                operations.append(view.templateValue)
            }
            sectionValues.append([
                "firstSection": .bool(i == 0),
                "heading": section.title.templateValue,
                "operations": .list(operations),
            ])
        }
        return [
            "title": .string(plan.title),
            "intro": plan.intro.templateValue,
            "summary": .list(summary),
            "sections": .list(sectionValues),
        ]
    }

    /// The layout's changes page, if it asks for one, and where it goes.
    public var changesPage: (changes: DocsConfig.Changes, path: String)? {
        config.changes.map { ($0, $0.path.replacingAll("{version}", with: model.version)) }
    }

    /// A server URL made absolute: a relative one (`/v1`, `v1`) is resolved against `base`'s
    /// scheme and host; without its trailing `/`, as paths start with one.
    static func absolute(_ url: String, against base: String) -> String {
        var out = url
        if !url.containsUTF8("://") {
            let host = base.split(separator: "/", maxSplits: 3, omittingEmptySubsequences: false).prefix(3).joined(separator: "/")
            out = host + (url.hasPrefix("/") ? "" : "/") + url
        }
        while out.hasSuffix("/") { out.removeLast() }
        return out
    }
}
