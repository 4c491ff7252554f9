import SpecForgeLoad
import SpecForgeParse

/// Endpoints (method and path) matched across the two documents; paths match when they are
/// equal, or equal once the names of their path parameters are ignored.
extension Differ {
    static let methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    struct PathEntry {
        var path: String
        var item: DiffInput.Resolved
        var shape: String
        var names: [String]
    }

    /// `/a/{id}/b` → (`/a/{}/b`, [`id`]).
    static func shape(_ path: String) -> (String, [String]) {
        var shape = "", names: [String] = [], name = ""
        var inside = false
        for c in path {
            if inside {
                if c == "}" {
                    inside = false
                    names.append(name)
                    shape += "{}"
                } else {
                    name.append(c)
                }
            } else if c == "{" {
                inside = true
                name = ""
            } else {
                shape.append(c)
            }
        }
        return (shape, names)
    }

    private func pathEntries(_ input: DiffInput) -> [PathEntry] {
        (input.root["paths"]?.entries ?? []).filter { !$0.key.hasPrefix("x-") }.map { e in
            let (shape, names) = Self.shape(e.key)
            return PathEntry(path: e.key, item: input.resolve(e.value, in: input.rootFile), shape: shape, names: names)
        }
    }

    func report() -> DiffReport {
        let x = pathEntries(base), y = pathEntries(revision)
        var exact: [String: Int] = [:], byShape: [String: [Int]] = [:]
        for (j, e) in y.enumerated() {
            exact[e.path] = j
            byShape[e.shape, default: []].append(j)
        }
        var oldExact: Set<String> = [], oldShapes: Set<String> = []
        for e in x {
            oldExact.insert(e.path)
            oldShapes.insert(e.shape)
        }

        var added: [(String, String, Change)] = [], deleted: [(String, String, Change)] = [], modified: [(String, String, Change)] = []
        /// The operations of a path item: method, operation, and where its method is written.
        func operations(_ item: Node) -> [(String, Node, Mark)] {
            Self.methods.compactMap { m in item.mapping?.entry(m).map { (m.uppercased(), $0.value, $0.keyMark) } }
        }
        func endpointLine(_ method: String, _ path: String) -> String { method + " " + path }

        for e in x {
            let match = exact[e.path] ?? byShape[e.shape]?.first
            guard let j = match else {
                for (method, _, mark) in operations(e.item.node) {
                    deleted.append((e.path, method, Change(.endpointDeleted, endpointLine(method, e.path), location: Location(file: e.item.file, mark: mark))))
                }
                continue
            }
            let other = y[j]
            warnUnlisted(e.item.node, other.item, path: other.path)
            var names: [String: String] = [:]
            if other.path != e.path { for (n1, n2) in zip(e.names, other.names) { names[n1] = n2 } }
            let ops2 = operations(other.item.node)
            for (method, op1, mark1) in operations(e.item.node) {
                guard let (_, op2, mark2) = ops2.first(where: { $0.0 == method }) else {
                    deleted.append((e.path, method, Change(.endpointDeleted, endpointLine(method, e.path), location: Location(file: e.item.file, mark: mark1))))
                    continue
                }
                let changes = operation(base.resolve(op1, in: e.item.file).node, e.item.file, revision.resolve(op2, in: other.item.file).node, other.item.file, pathNames: names)
                if !changes.isEmpty {
                    modified.append((e.path, method, Change(.endpointModified, endpointLine(method, e.path), location: Location(file: other.item.file, mark: mark2), children: changes)))
                }
            }
            for (method, _, mark) in ops2 where !operations(e.item.node).contains(where: { $0.0 == method }) {
                added.append((other.path, method, Change(.endpointAdded, endpointLine(method, other.path), location: Location(file: other.item.file, mark: mark))))
            }
        }
        for e in y where !oldExact.contains(e.path) && !oldShapes.contains(e.shape) {
            for (method, _, mark) in operations(e.item.node) {
                added.append((e.path, method, Change(.endpointAdded, endpointLine(method, e.path), location: Location(file: e.item.file, mark: mark))))
            }
        }
        func sorted(_ list: [(String, String, Change)]) -> [Change] {
            list.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
        }

        warnWebhooks()
        var report = DiffReport(added: sorted(added), deleted: sorted(deleted), modified: sorted(modified), other: otherChanges(), anyChange: true)
        report.warnings = warnings
        if !report.endpointsChanged && report.other.isEmpty {
            // Something else may differ (info, components): "no endpoint changes" rather than "no changes".
            report.anyChange = changed(base.root, revision.root)
        }
        return report
    }

    /// Top-level extensions, security and servers; the OpenAPI version when one of them changed.
    private func otherChanges() -> [Change] {
        let root1 = base.root, root2 = revision.root
        let extensions = self.extensions(root1, root2, bFile: revision.rootFile)
        let security = self.security(root1["security"], root2["security"])
        let servers = self.servers(root1["servers"], root2["servers"])
        guard !extensions.isEmpty || !security.isEmpty || !servers.isEmpty else { return [] }
        return extensions + value("Version", root1.text("openapi"), root2.text("openapi"))
            + group("Security Requirements changed", security) + group("Servers changed", servers)
    }

    private func warnWebhooks() {
        let hooks1 = base.root.mapping?.entry("webhooks"), hooks2 = revision.root.mapping?.entry("webhooks")
        guard hooks1 != nil || hooks2 != nil else { return }
        if let h1 = hooks1, let h2 = hooks2, h1.value.sameText(h2.value) { return }
        let at = hooks2.map { Location(file: revision.rootFile, mark: $0.keyMark) } ?? Location(file: base.rootFile, mark: hooks1!.keyMark)
        warn(at, "'webhooks' changed; webhooks are not compared")
    }
}

extension Differ {
    /// Path-level attributes (shared parameters, servers, summary) are not part of the endpoint
    /// report: a change there is a warning, so that it is not passed over in silence.
    func warnUnlisted(_ a: Node, _ b: DiffInput.Resolved, path: String) {
        for key in ["parameters", "servers", "summary", "description"] {
            let x = a[key], y = b.node[key]
            guard x != nil || y != nil else { continue }
            if let x, let y, x.sameText(y) || sameLiteral(JSONValue(x), JSONValue(y)) { continue }
            let at = b.node.mapping?.entry(key).map { Location(file: b.file, mark: $0.keyMark) } ?? b.site
            warn(at, "path-level '\(key)' of \(path) changed; the report lists changes of operations only")
        }
    }

    func warn(_ location: Location, _ message: String) {
        warnings.append(Diagnostic(.warning, file: location.file, mark: location.mark, message))
    }
}

extension DiffReport {
    /// Compares two documents.
    public static func compare(_ base: DiffInput, _ revision: DiffInput) -> DiffReport {
        Differ(base: base, revision: revision).report()
    }
}
