import SpecForgeLoad
import SpecForgeParse

/// Parameters, matched by location and name (path parameters by position in the path).
extension Differ {
    static let parameterLocations = ["path", "query", "header", "cookie"]

    struct Param {
        var resolved: DiffInput.Resolved
        var name: String
        var location: String
        var node: Node { resolved.node }
    }

    func parameters(_ a: Node?, _ aFile: String, _ b: Node?, _ bFile: String, pathNames: [String: String], at site: Location) -> [Change] {
        let x = (a?.sequence ?? []).map { param(base.resolve($0, in: aFile)) }
        let y = (b?.sequence ?? []).map { param(revision.resolve($0, in: bFile)) }
        var used: Set<Int> = []
        var deleted: [Param] = []
        var modified: [(Param, [Change], Location)] = []
        for p in x {
            let match = y.indices.first { j in
                let q = y[j]
                guard q.location == p.location else { return false }
                if p.location != "path" { return p.name == q.name }
                return pathNames.isEmpty ? p.name == q.name : pathNames[p.name] == q.name
            }
            if let j = match, !used.contains(j) {
                used.insert(j)
                let changes = parameter(p, y[j])
                if !changes.isEmpty { modified.append((p, changes, y[j].resolved.site)) }
            } else {
                deleted.append(p)
            }
        }
        let added = y.indices.filter { !used.contains($0) }.map { y[$0] }
        var out: [Change] = []
        for location in Self.parameterLocations {
            for p in added.filter({ $0.location == location }).sorted(by: { $0.name < $1.name }) {
                out.append(Change(.parameterAdded(location: location, required: p.node.flag("required") == .bool(true)),
                                  "New \(location) param: \(p.name)", location: p.resolved.site))
            }
        }
        for location in Self.parameterLocations {
            for p in deleted.filter({ $0.location == location }).sorted(by: { $0.name < $1.name }) {
                out.append(Change(.parameterDeleted(location: location), "Deleted \(location) param: \(p.name)", location: site))
            }
        }
        for location in Self.parameterLocations {
            var seen: Set<String> = []
            for (p, changes, at) in modified.filter({ $0.0.location == location }).sorted(by: { $0.0.name < $1.0.name }) where seen.insert(p.name).inserted {
                out.append(Change(.parameterModified(location: location), "Modified \(location) param: \(p.name)", location: at, children: changes))
            }
        }
        return out
    }

    private func param(_ r: DiffInput.Resolved) -> Param {
        Param(resolved: r, name: r.node["name"]?.string ?? "", location: r.node["in"]?.string ?? "")
    }

    private func parameter(_ p: Param, _ q: Param) -> [Change] {
        let x = p.node, y = q.node, file = q.resolved.file
        func loc(_ key: String) -> Location { y[key].map { location($0, file) } ?? q.resolved.site }
        var out: [Change] = []
        out += value("Name", .string(p.name), .string(q.name), at: loc("name"))
        out += value("In", .string(p.location), .string(q.location), at: loc("in"))
        out += extensions(x, y, bFile: file)
        out += value("Description", x.text("description"), y.text("description"), at: loc("description"))
        out += value("Style", x.text("style"), y.text("style"), at: loc("style"))
        out += value("Explode", x.optionalFlag("explode"), y.optionalFlag("explode"), at: loc("explode"))
        out += value("AllowEmptyValue", x.flag("allowEmptyValue"), y.flag("allowEmptyValue"), at: loc("allowEmptyValue"))
        out += value("AllowReserved", x.flag("allowReserved"), y.flag("allowReserved"), at: loc("allowReserved"))
        out += value("Deprecated", x.flag("deprecated"), y.flag("deprecated"), at: loc("deprecated"))
        out += value("Required", x.flag("required"), y.flag("required"), at: loc("required"))
        out += group("Schema changed", schema(x["schema"], p.resolved.file, y["schema"], file), at: loc("schema"))
        out += value("Example", x.literal("example"), y.literal("example"), at: loc("example"))
        out += group("Examples changed", examples(x["examples"], p.resolved.file, y["examples"], file))
        out += group("Content changed", content(x["content"], p.resolved.file, y["content"], file))
        return out
    }
}
