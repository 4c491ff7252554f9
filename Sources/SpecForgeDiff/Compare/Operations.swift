import SpecForgeLoad
import SpecForgeParse

/// One operation against its counterpart.
extension Differ {
    func operation(_ a: Node, _ aFile: String, _ b: Node, _ bFile: String, pathNames: [String: String]) -> [Change] {
        let site = location(b, bFile)
        func loc(_ key: String) -> Location { b[key].map { location($0, bFile) } ?? site }
        direction = .request
        var out: [Change] = []
        out += extensions(a, b, bFile: bFile)
        out += strings("Tags", a.texts("tags"), b.texts("tags"), at: loc("tags"))
        out += value("Summary", a.text("summary"), b.text("summary"), at: loc("summary"))
        out += value("Description", a.text("description"), b.text("description"), at: loc("description"))
        out += value("OperationID", a.text("operationId"), b.text("operationId"), at: loc("operationId"))
        out += parameters(a["parameters"], aFile, b["parameters"], bFile, pathNames: pathNames, at: loc("parameters"))
        out += requestBody(a["requestBody"], aFile, b["requestBody"], bFile, at: site)
        out += responses(a["responses"], aFile, b["responses"], bFile)
        if changed(a["callbacks"], b["callbacks"]) { out.append(Change(.other, "Callbacks changed", location: loc("callbacks"))) }
        out += value("Deprecated", a.flag("deprecated"), b.flag("deprecated"), at: loc("deprecated"))
        out += group("Security changed", security(a["security"], b["security"]), at: loc("security"))
        out += group("Servers changed", servers(a["servers"], b["servers"]), at: loc("servers"))
        return out
    }

    /// Security requirements: alternatives compared as sets of scheme names.
    func security(_ a: Node?, _ b: Node?) -> [Change] {
        func alternatives(_ node: Node?) -> [(names: String, scopes: [String: [String]])] {
            (node?.sequence ?? []).map { requirement in
                var scopes: [String: [String]] = [:]
                for e in requirement.entries { scopes[e.key] = e.value.sequence?.compactMap(\.string) ?? [] }
                return (scopes.keys.sorted().joined(separator: ", "), scopes)
            }
        }
        func text(_ scopes: [String: [String]]) -> String {
            if scopes.isEmpty { return "{}" }
            return scopes.keys.sorted().map { key in
                let s = scopes[key]!.sorted()
                return s.isEmpty ? key : "\(key): [\(s.joined(separator: ", "))]"
            }.joined(separator: " AND ")
        }
        let x = alternatives(a), y = alternatives(b)
        var out: [Change] = []
        for alt in y where !x.contains(where: { $0.names == alt.names }) {
            out.append(Change(.other, "New security requirements: \(text(alt.scopes))"))
        }
        for alt in x where !y.contains(where: { $0.names == alt.names }) {
            out.append(Change(.other, "Deleted security requirements: \(text(alt.scopes))"))
        }
        for alt in x {
            guard let other = y.first(where: { $0.names == alt.names }) else { continue }
            var lines: [Change] = []
            for scheme in alt.scopes.keys.sorted() {
                let s1 = alt.scopes[scheme] ?? [], s2 = other.scopes[scheme] ?? []
                let added = s2.filter { !s1.contains($0) }, deleted = s1.filter { !s2.contains($0) }
                if !added.isEmpty { lines.append(Change(.other, "Scheme \(scheme) Added scopes: [\(added.joined(separator: " "))]")) }
                if !deleted.isEmpty { lines.append(Change(.other, "Scheme \(scheme) Deleted scopes: [\(deleted.joined(separator: " "))]")) }
            }
            if !lines.isEmpty { out.append(Change(.other, "Modified security requirements: \(alt.names)", children: lines)) }
        }
        return out
    }

    /// Servers, by URL.
    func servers(_ a: Node?, _ b: Node?) -> [Change] {
        func byURL(_ node: Node?) -> [String: Node] {
            var out: [String: Node] = [:]
            for s in node?.sequence ?? [] { if let url = s["url"]?.string { out[url] = s } }
            return out
        }
        let x = byURL(a), y = byURL(b)
        var out: [Change] = []
        for url in y.keys.filter({ x[$0] == nil }).sorted() { out.append(Change(.other, "New server: \(url)")) }
        for url in x.keys.filter({ y[$0] == nil }).sorted() { out.append(Change(.other, "Deleted server: \(url)")) }
        for url in x.keys.filter({ y[$0] != nil }).sorted() {
            let s1 = x[url]!, s2 = y[url]!
            var changes = extensions(s1, s2, bFile: revision.rootFile)
            changes += value("Description", s1.text("description"), s2.text("description"))
            if changed(s1["variables"], s2["variables"]) { changes.append(Change(.other, "Variables changed")) }
            if !changes.isEmpty { out.append(Change(.other, "Modified server: \(url)", children: changes)) }
        }
        return out
    }
}
