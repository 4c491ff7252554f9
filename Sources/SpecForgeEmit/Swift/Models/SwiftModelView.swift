import SpecForgeRender

/// Template values for type declarations (`swift/decl` and the partials it dispatches to).
extension SwiftDecl {
    func templateValue(access: String) -> Value {
        var v: Fields = [
            "access": .string(access),
            "name": .string(SwiftNaming.escaped(name)),
            "doc": Self.docValue(doc),
            "nested": .list(nested.map { $0.templateValue(access: access) }),
            // Every key any declaration template reads, so that a nested declaration never sees its owner's.
            "isStruct": false, "isHeaders": false, "singleValue": false, "isValueEnum": false, "isUnion": false, "isAlias": false,
            "properties": .list([]), "hasProperties": false, "initParameters": .list([]),
            "cases": .list([]), "rawType": "", "unknownCase": "", "discriminator": .null, "target": "",
        ]
        switch kind {
        case .structure:
            v["isStruct"] = .bool(!readsHeaders)
            v["isHeaders"] = .bool(readsHeaders)
            v["singleValue"] = .bool(singleValue)
            v["properties"] = .list(
                properties.map { p in
                    .object([
                        "name": .string(SwiftNaming.escaped(p.name)),
                        // A boxed property is stored as `_name` and read through `name`.
                        "key": .string(p.boxed ? "_" + p.name : SwiftNaming.escaped(p.name)),
                        "jsonName": .string(SwiftNaming.literal(p.jsonName)),
                        "boxed": .bool(p.boxed),
                        "baseType": .string(p.type),
                        "type": .string(p.optional ? p.type + "?" : p.type),
                        "optional": .bool(p.optional),
                        "explicitNull": .bool(p.explicitNull),
                        "doc": Self.docValue(p.doc),
                        "readValue": .bool(p.headerRead == "value"),
                        "readList": .bool(p.headerRead == "list"),
                        "readFields": .bool(p.headerRead == "fields"),
                        "readJSON": .bool(p.headerRead == "json"),
                        "elementType": .string(p.type.hasPrefix("[") ? String(p.type.dropFirst().dropLast()) : p.type),
                        "additional": .bool(p.isAdditional),
                        "declaredNames": .string(
                            p.isAdditional
                                ? properties.filter { !$0.isAdditional }.map { "\"\(SwiftNaming.literal($0.jsonName))\"" }.joined(separator: ", ") : ""),
                    ])
                })
            v["hasProperties"] = .bool(!properties.isEmpty)
            v["initParameters"] = .list(
                properties.enumerated().map { i, p in
                    .object([
                        "name": .string(SwiftNaming.escaped(p.name)),
                        "type": .string(p.optional ? p.type + "?" : p.type),
                        "defaultNil": .bool(p.optional),
                        "defaultEmpty": .bool(p.isAdditional),
                        "last": .bool(i == properties.count - 1),
                    ])
                })
        case .valueEnum:
            v["isValueEnum"] = true
            v["rawType"] = .string(rawType)
            v["unknownCase"] = .string(SwiftNaming.escaped(unknownCase))
            v["cases"] = .list(
                valueCases.enumerated().map { i, c in
                    ["name": .string(SwiftNaming.escaped(c.name)), "literal": .string(c.literal), "last": .bool(i == valueCases.count - 1)]
                })
        case .union:
            v["isUnion"] = true
            v["cases"] = .list(
                unionCases.map { c in
                    .object([
                        "name": .string(SwiftNaming.escaped(c.name)),
                        "type": .string(c.type),
                        "hasTags": .bool(!c.tags.isEmpty),
                        "tagPattern": .string(c.tags.map { "\"\(SwiftNaming.literal($0))\"" }.joined(separator: ", ")),
                    ])
                })
            v["discriminator"] = discriminator.map { .string(SwiftNaming.literal($0)) } ?? .null
        case .alias:
            v["isAlias"] = true
            v["target"] = .string(aliasTarget)
        }
        return .object(v)
    }

    /// Doc comment lines after the template's `///`: a space and the text, or nothing for an empty line.
    static func docValue(_ lines: [String]?) -> Value {
        guard let lines else { return .null }
        return .list(lines.map { .string($0.isEmpty ? "" : " " + $0) })
    }
}
