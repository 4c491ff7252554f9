import SpecForgeLoad
import SpecForgeParse

extension Differ {
    /// A schema on each side, either of which may be missing.
    /// (`schema: null` counts as no schema.)
    func schema(_ a: Node?, _ aFile: String, _ b: Node?, _ bFile: String) -> [Change] {
        let a = a?.scalar?.isNull == true ? nil : a, b = b?.scalar?.isNull == true ? nil : b
        return schema(a.map { base.resolve($0, in: aFile) }, b.map { revision.resolve($0, in: bFile) })
    }

    func schema(_ a: DiffInput.Resolved?, _ b: DiffInput.Resolved?) -> [Change] {
        guard let a, let b else {
            if let b { return [Change(.schemaAdded, "Schema added", location: b.site)] }
            if a != nil { return [Change(.schemaDeleted, "Schema deleted")] }
            return []
        }
        let key = CacheKey(base: a.site, revision: b.site, direction: direction)
        if let known = cache[key] {
            record(known)
            return known.changes
        }
        let refKey = a.ref.isEmpty || b.ref.isEmpty ? nil : RefKey(baseFile: a.site.file, base: a.ref, revisionFile: b.site.file, revision: b.ref, direction: direction)
        if let refKey, let known = byReference[refKey],
            visitedBase.isDisjoint(with: known.baseRefs), visitedRevision.isDisjoint(with: known.revisionRefs)
        {
            cache[key] = known
            record(known)
            return known.changes
        }
        met.append(Known(changes: []))
        let changes = schemaChanges(a, b)
        var known = met.removeLast()
        known.changes = changes
        if !a.ref.isEmpty { known.baseRefs.insert(a.ref) }
        if !b.ref.isEmpty { known.revisionRefs.insert(b.ref) }
        record(known)
        cache[key] = known
        if let refKey, !known.cut { byReference[refKey] = known }
        return changes
    }

    /// Adds what a comparison met below to the comparison it is part of.
    private func record(_ known: Known) {
        guard !met.isEmpty else { return }
        met[met.count - 1].baseRefs.formUnion(known.baseRefs)
        met[met.count - 1].revisionRefs.formUnion(known.revisionRefs)
        if known.cut { met[met.count - 1].cut = true }
    }

    private func schemaChanges(_ a: DiffInput.Resolved, _ b: DiffInput.Resolved) -> [Change] {
        // A schema met again inside itself: compared by reference only.
        let circularA = !a.ref.isEmpty && visitedBase.contains(a.ref)
        let circularB = !b.ref.isEmpty && visitedRevision.contains(b.ref)
        if circularA || circularB {
            met[met.count - 1].cut = true
            if circularA != circularB || a.ref != b.ref {
                return [Change(.other, "Schema circular referecnce changed", location: b.site)]
            }
            return []
        }
        var addedA = false, addedB = false
        if !a.ref.isEmpty { addedA = visitedBase.insert(a.ref).inserted }
        if !b.ref.isEmpty { addedB = visitedRevision.insert(b.ref).inserted }
        defer {
            if addedA { visitedBase.remove(a.ref) }
            if addedB { visitedRevision.remove(b.ref) }
        }

        let x = a.node, y = b.node, at = b.site
        func loc(_ key: String) -> Location { y[key].map { location($0, b.file) } ?? at }
        var out: [Change] = []
        out += extensions(x, y, bFile: b.file)
        out += group("Property 'OneOf' changed", subschemas(x["oneOf"], a.file, y["oneOf"], b.file))
        out += group("Property 'AnyOf' changed", subschemas(x["anyOf"], a.file, y["anyOf"], b.file))
        out += group("Property 'AllOf' changed", subschemas(x["allOf"], a.file, y["allOf"], b.file))
        out += group("Property 'Not' changed", schema(x["not"], a.file, y["not"], b.file))
        out += strings("Type", x.texts("type"), y.texts("type"), at: loc("type"))
        out += value("Title", x.text("title"), y.text("title"), at: loc("title"))
        out += value("Format", x.text("format"), y.text("format"), at: loc("format"))
        out += value("Description", x.text("description"), y.text("description"), at: loc("description"))
        out += enumChanges(x["enum"], y["enum"], at: loc("enum"))
        out += value("Default", x.literal("default"), y.literal("default"), at: loc("default"))
        out += value("Example", x.literal("example"), y.literal("example"), at: loc("example"))
        out += value("AdditionalProperties", x.optionalFlag("additionalProperties"), y.optionalFlag("additionalProperties"), at: loc("additionalProperties"))
        out += value("UniqueItems", x.flag("uniqueItems"), y.flag("uniqueItems"), at: loc("uniqueItems"))
        out += value("ExclusiveMin", exclusive(x["exclusiveMinimum"]), exclusive(y["exclusiveMinimum"]), at: loc("exclusiveMinimum"))
        out += value("ExclusiveMax", exclusive(x["exclusiveMaximum"]), exclusive(y["exclusiveMaximum"]), at: loc("exclusiveMaximum"))
        out += value("Nullable", x.flag("nullable"), y.flag("nullable"), at: loc("nullable"))
        out += value("ReadOnly", x.flag("readOnly"), y.flag("readOnly"), at: loc("readOnly"))
        out += value("WriteOnly", x.flag("writeOnly"), y.flag("writeOnly"), at: loc("writeOnly"))
        out += value("AllowEmptyValue", x.flag("allowEmptyValue"), y.flag("allowEmptyValue"), at: loc("allowEmptyValue"))
        out += value("XML", x.literal("xml"), y.literal("xml"), at: loc("xml"))
        out += value("Deprecated", x.flag("deprecated"), y.flag("deprecated"), at: loc("deprecated"))
        out += value("Min", x.optionalNumber("minimum"), y.optionalNumber("minimum"), at: loc("minimum"))
        out += value("Max", x.optionalNumber("maximum"), y.optionalNumber("maximum"), at: loc("maximum"))
        out += value("MultipleOf", x.optionalNumber("multipleOf"), y.optionalNumber("multipleOf"), at: loc("multipleOf"))
        out += value("MinLength", x.count("minLength"), y.count("minLength"), at: loc("minLength"))
        out += value("MaxLength", x.optionalNumber("maxLength"), y.optionalNumber("maxLength"), at: loc("maxLength"))
        out += value("Pattern", x.text("pattern"), y.text("pattern"), at: loc("pattern"))
        out += value("MinItems", x.count("minItems"), y.count("minItems"), at: loc("minItems"))
        out += value("MaxItems", x.optionalNumber("maxItems"), y.optionalNumber("maxItems"), at: loc("maxItems"))
        out += group("Items changed", schema(x["items"], a.file, y["items"], b.file), kind: .items, at: loc("items"))
        out += group("Required changed", required(x.texts("required"), y.texts("required"), existing: x["properties"], at: loc("required")))
        out += value("MinProps", x.count("minProperties"), y.count("minProperties"), at: loc("minProperties"))
        out += value("MaxProps", x.optionalNumber("maxProperties"), y.optionalNumber("maxProperties"), at: loc("maxProperties"))
        out += group("Properties changed", properties(a, b), at: loc("properties"))
        out += group("AdditionalProperties changed", schema(additional(x), a.file, additional(y), b.file), at: loc("additionalProperties"))
        if changed(x["discriminator"], y["discriminator"]) {
            out.append(Change(.other, "Discriminator changed", location: loc("discriminator")))
        }
        return out
    }

    /// `exclusiveMinimum` / `exclusiveMaximum`: a flag in 3.0, a number in 3.1.
    private func exclusive(_ node: Node?) -> Attribute {
        guard let s = node?.scalar else { return .bool(false) }
        if let b = s.bool { return .bool(b) }
        if let d = s.double { return .number(d) }
        return .bool(false)
    }

    /// The schema of `additionalProperties`, when it is one (not a flag).
    private func additional(_ node: Node) -> Node? {
        guard let n = node["additionalProperties"], n.mapping != nil else { return nil }
        return n
    }

    private func enumChanges(_ a: Node?, _ b: Node?, at where: @autoclosure () -> Location) -> [Change] {
        if a == nil, b == nil { return [] }
        if let a, let b, a.sameText(b) { return [] }
        let x = a?.sequence?.map { JSONValue($0) } ?? [], y = b?.sequence?.map { JSONValue($0) } ?? []
        let added = y.filter { v in !x.contains { sameLiteral($0, v) } }
        let deleted = x.filter { v in !y.contains { sameLiteral($0, v) } }
        var out: [Change] = []
        let location = `where`()
        if !added.isEmpty { out.append(Change(.enumAdded, "New enum values: \(ValueText.list(added))", location: location)) }
        if !deleted.isEmpty { out.append(Change(.enumDeleted, "Deleted enum values: \(ValueText.list(deleted))", location: location)) }
        return out
    }

    private func required(_ a: [String], _ b: [String], existing: Node?, at where: @autoclosure () -> Location) -> [Change] {
        guard a != b else { return [] }
        let location = `where`()
        var out: [Change] = []
        for name in Set(b).subtracting(a).sorted() {
            out.append(Change(.requiredAdded(name: name, newProperty: existing?[name] == nil), "New required property: \(name)", location: location))
        }
        for name in Set(a).subtracting(b).sorted() {
            out.append(Change(.requiredDeleted(name: name), "Deleted required property: \(name)", location: location))
        }
        return out
    }

    private func properties(_ a: DiffInput.Resolved, _ b: DiffInput.Resolved) -> [Change] {
        let x = a.node["properties"]?.entries ?? [], y = b.node["properties"]?.entries ?? []
        guard !x.isEmpty || !y.isEmpty else { return [] }
        var old: [String: Node] = [:], new: [String: Mapping.Entry] = [:]
        for e in x { old[e.key] = e.value }
        for e in y { new[e.key] = e }
        let required = Set(b.node.texts("required"))
        var out: [Change] = []
        for name in new.keys.filter({ old[$0] == nil }).sorted() {
            out.append(Change(.propertyAdded(name: name, required: required.contains(name)), "New property: \(name)",
                              location: location(new[name]!.value, b.file)))
        }
        for name in old.keys.filter({ new[$0] == nil }).sorted() {
            out.append(Change(.propertyDeleted(name: name), "Deleted property: \(name)", location: b.site))
        }
        for name in old.keys.filter({ new[$0] != nil }).sorted() {
            let entry = new[name]!
            let changes = schema(old[name], a.file, entry.value, b.file)
            if !changes.isEmpty {
                out.append(Change(.propertyModified(name: name), "Modified property: \(name)", location: location(entry.value, b.file), children: changes))
            }
        }
        return out
    }
}
