import SpecForgeLoad
import SpecForgeParse

/// Request bodies, responses, media types, headers and examples.
extension Differ {
    /// `Request body changed` (the line stands alone when a body was added or removed).
    func requestBody(_ a: Node?, _ aFile: String, _ b: Node?, _ bFile: String, at site: Location) -> [Change] {
        guard a != nil || b != nil else { return [] }
        guard let a, let b else {
            let added = b.map { revision.resolve($0, in: bFile) }
            return [Change(added.map { .requestBodyAdded(required: $0.node.flag("required") == .bool(true)) } ?? .requestBody(becameRequired: false),
                           "Request body changed", location: added?.site ?? site)]
        }
        let x = base.resolve(a, in: aFile), y = revision.resolve(b, in: bFile)
        var out: [Change] = []
        out += extensions(x.node, y.node, bFile: y.file)
        out += value("Description", x.node.text("description"), y.node.text("description"))
        let required = (x.node.flag("required"), y.node.flag("required"))
        out += group("Content changed", content(x.node["content"], x.file, y.node["content"], y.file))
        guard !out.isEmpty || required.0 != required.1 else { return [] }
        let becameRequired = required == (.bool(false), .bool(true))
        let at = becameRequired ? y.node["required"].map { location($0, y.file) } ?? y.site : y.site
        return [Change(.requestBody(becameRequired: becameRequired), "Request body changed", location: at, children: out)]
    }

    func responses(_ a: Node?, _ aFile: String, _ b: Node?, _ bFile: String) -> [Change] {
        let saved = direction
        direction = .response
        defer { direction = saved }
        let old = (a?.byKey ?? [:]).filter { !$0.key.hasPrefix("x-") }, new = (b?.byKey ?? [:]).filter { !$0.key.hasPrefix("x-") }
        var out: [Change] = []
        for status in new.keys.filter({ old[$0] == nil }).sorted() {
            out.append(Change(.responseAdded(status: status), "New response: \(status)", location: location(new[status]!, bFile)))
        }
        for status in old.keys.filter({ new[$0] == nil }).sorted() {
            out.append(Change(.responseDeleted(status: status), "Deleted response: \(status)", location: b.map { location($0, bFile) }))
        }
        for status in old.keys.filter({ new[$0] != nil }).sorted() {
            let r1 = base.resolve(old[status]!, in: aFile), r2 = revision.resolve(new[status]!, in: bFile)
            var changes: [Change] = []
            changes += extensions(r1.node, r2.node, bFile: r2.file)
            changes += value("Description", r1.node.text("description"), r2.node.text("description"))
            changes += group("Content changed", content(r1.node["content"], r1.file, r2.node["content"], r2.file))
            changes += group("Headers changed", headers(r1.node["headers"], r1.file, r2.node["headers"], r2.file))
            if !changes.isEmpty {
                out.append(Change(.responseModified(status: status), "Modified response: \(status)", location: r2.site, children: changes))
            }
        }
        return group("Responses changed", out, kind: .responses)
    }

    func content(_ a: Node?, _ aFile: String, _ b: Node?, _ bFile: String) -> [Change] {
        let x = a?.entries ?? [], y = b?.entries ?? []
        guard !x.isEmpty || !y.isEmpty else { return [] }
        let old = a?.byKey ?? [:], new = b?.byKey ?? [:]
        var modified: [(String, Change)] = []
        for name in old.keys.filter({ new[$0] != nil }) {
            let changes = mediaType(name, old[name]!, aFile, name, new[name]!, bFile)
            if !changes.isEmpty {
                modified.append((name, Change(.mediaTypeModified, "Modified media type: \(name)", location: location(new[name]!, bFile), children: changes)))
            }
        }
        var deleted = x.map(\.key).filter { new[$0] == nil }
        var added: [String] = []
        for name in y.map(\.key) where old[name] == nil {
            if let match = deleted.first(where: { MediaTypeName.equivalent(name, $0) }) {
                deleted.removeAll { $0 == match }
                let changes = mediaType(match, old[match]!, aFile, name, new[name]!, bFile)
                modified.append((name, Change(.mediaTypeModified, "Modified media type: \(name)", location: location(new[name]!, bFile), children: changes)))
            } else {
                added.append(name)
            }
        }
        var out: [Change] = []
        for name in added.sorted() { out.append(Change(.mediaTypeAdded, "New media type: \(name)", location: location(new[name]!, bFile))) }
        for name in deleted.sorted() { out.append(Change(.mediaTypeDeleted, "Deleted media type: \(name)", location: b.map { location($0, bFile) })) }
        out += modified.sorted { $0.0 < $1.0 }.map(\.1)
        return out
    }

    private func mediaType(_ name1: String, _ a: Node, _ aFile: String, _ name2: String, _ b: Node, _ bFile: String) -> [Change] {
        let x = base.resolve(a, in: aFile), y = revision.resolve(b, in: bFile)
        var out: [Change] = []
        out += value("Name", .string(name1), .string(name2))
        out += extensions(x.node, y.node, bFile: y.file)
        out += group("Schema changed", schema(x.node["schema"], x.file, y.node["schema"], y.file))
        out += value("Example", x.node.literal("example"), y.node.literal("example"))
        out += group("Examples changed", examples(x.node["examples"], x.file, y.node["examples"], y.file))
        if changed(x.node["encoding"], y.node["encoding"]) { out.append(Change(.other, "Encodings changed")) }
        return out
    }

    func examples(_ a: Node?, _ aFile: String, _ b: Node?, _ bFile: String) -> [Change] {
        let old = a?.byKey ?? [:], new = b?.byKey ?? [:]
        var out: [Change] = []
        for name in new.keys.filter({ old[$0] == nil }).sorted() { out.append(Change(.other, "New example: \(name)")) }
        for name in old.keys.filter({ new[$0] == nil }).sorted() { out.append(Change(.other, "Deleted example: \(name)")) }
        for name in old.keys.filter({ new[$0] != nil }).sorted() {
            let e1 = base.resolve(old[name]!, in: aFile).node, e2 = revision.resolve(new[name]!, in: bFile).node
            var changes = extensions(e1, e2, bFile: bFile)
            changes += value("Summary", e1.text("summary"), e2.text("summary"))
            changes += value("Description", e1.text("description"), e2.text("description"))
            changes += value("Value", e1.literal("value"), e2.literal("value"))
            changes += value("ExternalValue", e1.text("externalValue"), e2.text("externalValue"))
            if !changes.isEmpty { out.append(Change(.other, "Modified example: \(name)", children: changes)) }
        }
        return out
    }

    func headers(_ a: Node?, _ aFile: String, _ b: Node?, _ bFile: String) -> [Change] {
        let old = a?.byKey ?? [:], new = b?.byKey ?? [:]
        var out: [Change] = []
        for name in new.keys.filter({ old[$0] == nil }).sorted() { out.append(Change(.other, "New header: \(name)", location: location(new[name]!, bFile))) }
        for name in old.keys.filter({ new[$0] == nil }).sorted() { out.append(Change(.other, "Deleted header: \(name)")) }
        for name in old.keys.filter({ new[$0] != nil }).sorted() {
            let h1 = base.resolve(old[name]!, in: aFile), h2 = revision.resolve(new[name]!, in: bFile)
            var changes = extensions(h1.node, h2.node, bFile: h2.file)
            changes += value("Description", h1.node.text("description"), h2.node.text("description"))
            changes += value("Deprecated", h1.node.flag("deprecated"), h2.node.flag("deprecated"))
            changes += value("Required", h1.node.flag("required"), h2.node.flag("required"))
            changes += value("Example", h1.node.literal("example"), h2.node.literal("example"))
            changes += group("Examples changed", examples(h1.node["examples"], h1.file, h2.node["examples"], h2.file))
            changes += group("Schema changed", schema(h1.node["schema"], h1.file, h2.node["schema"], h2.file))
            changes += group("Content changed", content(h1.node["content"], h1.file, h2.node["content"], h2.file))
            if !changes.isEmpty { out.append(Change(.other, "Modified header: \(name)", location: h2.site, children: changes)) }
        }
        return out
    }
}

/// Media type names that name the same content (`application/json` and `application/problem+json`,
/// or one with parameters and one without).
enum MediaTypeName {
    struct Parts {
        var type: String, subtype: String, suffix: String, parameters: [String: String]
    }

    static func parse(_ name: String) -> Parts? {
        let pieces = name.split(separator: ";").map { $0.trimmingSpaces() }
        guard let main = pieces.first else { return nil }
        let ts = main.lowercased().split(separator: "/", omittingEmptySubsequences: false)
        guard ts.count == 2 else { return nil }
        let sub = ts[1].split(separator: "+", omittingEmptySubsequences: false)
        guard sub.count <= 2 else { return nil }
        var parameters: [String: String] = [:]
        for p in pieces.dropFirst() {
            let kv = p.split(separator: "=", maxSplits: 1)
            if kv.count == 2 { parameters[kv[0].lowercased()] = String(kv[1]) }
        }
        return Parts(type: String(ts[0]), subtype: String(sub[0]), suffix: sub.count == 2 ? String(sub[1]) : "", parameters: parameters)
    }

    static func contained(_ a: String, _ b: String) -> Bool {
        guard let p1 = parse(a), let p2 = parse(b), p1.type == p2.type else { return false }
        if p1.suffix.isEmpty, !p2.suffix.isEmpty, p2.suffix == p1.subtype { return true }
        guard p1.subtype == p2.subtype, p1.suffix == p2.suffix else { return false }
        return p1.parameters.allSatisfy { p2.parameters[$0.key] == $0.value }
    }

    static func equivalent(_ a: String, _ b: String) -> Bool { contained(a, b) || contained(b, a) }
}
