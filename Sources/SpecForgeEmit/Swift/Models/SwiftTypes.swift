import SpecForgeBits
import SpecForgeIR

/// A Swift type declaration the SDK holds: a struct, an enum of values, a union (enum with
/// associated values) or a type alias; inline schemas become declarations nested in their owner.
/// Built by `SwiftTypeResolver`, then only read (from several threads while rendering).
final class SwiftDecl: @unchecked Sendable {
    enum Kind: Sendable { case structure, valueEnum, union, alias }

    /// A stored property of a struct. A class (made by the resolver, then only read, but for
    /// `boxed`): every file and example that shows a property reads it, and a copy of a struct
    /// of eight references retained each of them.
    final class Property: @unchecked Sendable {
        let name: String
        let jsonName: String
        let type: String
        let optional: Bool
        /// Required and nullable: encoded as an explicit `null` when nil.
        let explicitNull: Bool
        let doc: [String]?
        let isBinary: Bool
        /// Held in an `Indirect` box: the property's type contains the owner (a struct cannot
        /// contain itself directly). Set once the declarations' cycles are known.
        var boxed = false
        /// The property's schema (example values of the reference's Swift tab are chosen by it).
        let schema: SchemaIR?
        /// Of a response's headers (`readsHeaders`): how the header is read, `value`, `list`
        /// (comma-separated), `fields` (each field as it is: `Set-Cookie`) or `json`.
        let headerRead: String?
        /// The properties beside the declared ones (`additionalProperties` of a schema that also
        /// declares properties), a `[String: T]` coded as members of the object itself.
        let isAdditional: Bool

        init(
            name: String, jsonName: String, type: String, optional: Bool, explicitNull: Bool, doc: [String]?, isBinary: Bool,
            schema: SchemaIR? = nil, headerRead: String? = nil, isAdditional: Bool = false
        ) {
            self.name = name
            self.jsonName = jsonName
            self.type = type
            self.optional = optional
            self.explicitNull = explicitNull
            self.doc = doc
            self.isBinary = isBinary
            self.schema = schema
            self.headerRead = headerRead
            self.isAdditional = isAdditional
        }
    }

    struct ValueCase: Sendable {
        var name: String
        var literal: String
    }

    struct UnionCase: Sendable {
        var name: String
        var type: String
        /// Discriminator values that select this case.
        var tags: [String]
    }

    let name: String
    var kind: Kind
    /// A struct holding one value (`value`), coded as that value: an alias whose target contains
    /// the alias itself (`Tree = [String: Tree]`), which Swift allows of a nominal type only.
    var singleValue = false
    /// A struct of the headers a response declares, read from the response (`swift/headers`)
    /// rather than coded as JSON; `jsonName` of a property is the header's name.
    var readsHeaders = false
    var doc: [String]?
    var properties: [Property] = []
    /// `String` or `Int` for value enums.
    var rawType = "String"
    var valueCases: [ValueCase] = []
    /// The case of a value enum that holds values the spec does not list: `unknown`, or
    /// `undocumented` when a value of the enum is named `unknown` (named after the values, so it
    /// never takes a value's name).
    var unknownCase = "unknown"
    var unionCases: [UnionCase] = []
    var discriminator: String?
    var aliasTarget = ""
    var nested: [SwiftDecl] = []
    /// Names taken inside this declaration's scope (nested types).
    var scopeNames: UniqueNames

    init(name: String, kind: Kind, reserved: Set<String>) {
        self.name = name
        self.kind = kind
        scopeNames = UniqueNames(reserved: reserved, expected: 1)
        scopeNames.reserve(name)
    }
}

/// Maps schemas to Swift type expressions, declaring the types that inline schemas need.
struct SwiftTypeResolver {
    /// Names a struct's properties, a union's cases and an enum's cases cannot take: the members
    /// the generated types declare beside them.
    static let reservedPropertyNames: Set<String> = ["init", "encode", "CodingKeys"]
    static let reservedUnionCaseNames: Set<String> = ["init", "encode"]
    static let reservedEnumCaseNames: Set<String> = ["rawValue", "hashValue", "init", "encode", "hash", "parameterText"]
    /// Type names of the named schemas.
    private(set) var names: [ObjectKey: String] = [:]
    private(set) var topNames: UniqueNames
    /// Named schemas reachable from a request body / a response body.
    private var inRequests: Set<ObjectKey> = []
    private var inResponses: Set<ObjectKey> = []
    /// Type names of the request variants: named schemas sent in requests and received in
    /// responses whose two shapes differ (they, or schemas they hold, have read-only or
    /// write-only properties). The variant leaves out the read-only properties, the schema's own
    /// type the write-only ones.
    private(set) var requestNames: [ObjectKey: String] = [:]
    /// Top-level declarations made for inline schemas outside any struct (operations, aliases).
    var extraDecls: [SwiftDecl] = []


    init(model: APIModel) {
        topNames = UniqueNames(reserved: SwiftNaming.reservedTypeNames)
        var lowered = UniqueNames()
        for schema in model.schemas {
            var base = SwiftNaming.upperCamel(schema.name ?? "Schema")
            if SwiftNaming.reservedTypeNames.contains(base) || SwiftNaming.keywords.contains(base) { base += "Model" }
            names[ObjectKey(schema)] = Self.claim(base, in: &topNames, ignoringCase: &lowered)
        }
        var requestRoots: [SchemaIR] = []
        var responseRoots: [SchemaIR] = []
        for op in model.operations {
            for c in op.requestBody?.contents ?? [] { if let s = c.schema { requestRoots.append(s) } }
            for r in op.responses { for c in r.contents { if let s = c.schema { responseRoots.append(s) } } }
        }
        inRequests = Self.reachableNamed(from: requestRoots)
        inResponses = Self.reachableNamed(from: responseRoots)

        let differing = Self.reachingReadOrWriteOnly(from: requestRoots + responseRoots)
        for schema in model.schemas {
            let id = ObjectKey(schema)
            guard inRequests.contains(id), inResponses.contains(id), differing.contains(id), let base = names[id] else { continue }
            // `FooRequest`, or `FooInput` when a schema already has that name; unique ignoring case.
            var stem = base + "Request"
            if topNames.contains(stem) || lowered.contains(stem.lowercased()) { stem = base + "Input" }
            requestNames[id] = Self.claim(stem, in: &topNames, ignoringCase: &lowered)
        }
    }

    /// A name from `stem` unique in `names` and, in lower case, in `lowered`: file names must
    /// differ ignoring case too (case-insensitive file systems).
    private static func claim(_ stem: String, in names: inout UniqueNames, ignoringCase lowered: inout UniqueNames) -> String {
        while true {
            let name = names.claim(stem)
            let lower = name.lowercased()
            if lowered.claim(lower) == lower { return name }
        }
    }

    func name(of schema: SchemaIR) -> String? { names[ObjectKey(schema)] }

    /// A new top-level type name from `hint` (unique, also ignoring case).
    mutating func claimTopLevelName(_ hint: String) -> String {
        topNames.claim(hint)
    }

    // MARK: Declarations

    /// The declarations of a named schema: its type, and its request variant when it has one.
    mutating func declarations(of schema: SchemaIR) -> [SwiftDecl] {
        let name = names[ObjectKey(schema)]!
        let id = ObjectKey(schema)
        guard let requestName = requestNames[id] else {
            return [
                declare(schema, name: name, inRequest: inRequests.contains(id), inResponse: inResponses.contains(id), owner: nil)
                    ?? alias(name, "JSONValue", schema)
            ]
        }
        let response = declare(schema, name: name, inRequest: false, inResponse: true, owner: nil) ?? alias(name, "JSONValue", schema)
        let request = declare(schema, name: requestName, inRequest: true, inResponse: false, owner: nil) ?? alias(requestName, "JSONValue", schema)
        request.doc = (request.doc.map { $0 + [""] } ?? []) + ["`\(name)` as sent in requests: without its read-only properties."]
        return [response, request]
    }

    private func alias(_ name: String, _ target: String, _ schema: SchemaIR) -> SwiftDecl {
        let d = SwiftDecl(name: name, kind: .alias, reserved: [])
        d.aliasTarget = target
        d.doc = SwiftNaming.docLines(schema.description)
        return d
    }

    /// Declares `schema` under `name` when it needs a type of its own (struct, enum, union);
    /// otherwise returns an alias for a named schema and nil for an inline one.
    private mutating func declare(_ schema: SchemaIR, name: String, inRequest: Bool, inResponse: Bool, owner: SwiftDecl?) -> SwiftDecl? {
        let doc = SwiftNaming.docLines(schema.description ?? schema.title)
        if let member = Self.soleMember(schema) {
            guard owner == nil else { return nil }
            let d = SwiftDecl(name: name, kind: .alias, reserved: [])
            d.aliasTarget = type(of: member, hint: name + "Value", inRequest: inRequest, inResponse: inResponse, owner: nil)
            d.doc = doc
            return d
        }
        if !Self.constrainingMembers(schema).isEmpty || (schema.kind == .object || schema.kind == .any) && !schema.fields.isEmpty {
            let d = SwiftDecl(name: name, kind: .structure, reserved: [])
            d.doc = doc
            let fields = Self.mergedFields(schema)
            var propertyNames = UniqueNames(reserved: Self.reservedPropertyNames, expected: fields.count)
            for field in fields {
                let fs = field.schema
                let hint = SwiftNaming.upperCamel(field.name)
                let t = type(of: fs, hint: hint, inRequest: inRequest, inResponse: inResponse, owner: d)
                // Requests leave out read-only properties, responses write-only ones. (A schema
                // used in both with such properties has a request variant: see `requestNames`.)
                if inRequest != inResponse, inRequest ? fs.readOnly : fs.writeOnly { continue }
                let nullable = Self.isNullable(fs)
                let optional = !field.required || nullable
                d.properties.append(
                    .init(
                        name: propertyNames.claim(SwiftNaming.lowerCamel(field.name)),
                        jsonName: field.name,
                        type: t,
                        optional: optional,
                        explicitNull: field.required && nullable,
                        doc: SwiftNaming.docLines(fs.description ?? (fs.allOf.count == 1 ? fs.allOf[0].description : nil)),
                        isBinary: t == "Data",
                        schema: fs
                    ))
            }
            // Properties beside the declared ones, when the schema describes them: kept, not dropped.
            if case .some(.some(let extra)) = schema.additionalProperties, !d.properties.isEmpty {
                let t = type(of: extra, hint: "AdditionalProperty", inRequest: inRequest, inResponse: inResponse, owner: d)
                d.properties.append(
                    .init(
                        name: propertyNames.claim("additionalProperties"), jsonName: "", type: "[String: \(t)]", optional: false,
                        explicitNull: false, doc: ["The properties beside the declared ones, by name."], isBinary: false,
                        isAdditional: true))
            }
            // A name the schema requires without describing it: any JSON value. Required where the
            // type is only sent (the API wants it); optional where it is received too.
            for name in Self.undeclaredRequiredNames(schema) {
                d.properties.append(
                    .init(
                        name: propertyNames.claim(SwiftNaming.lowerCamel(name)), jsonName: name, type: "JSONValue",
                        optional: !(inRequest && !inResponse), explicitNull: false,
                        doc: ["Required by the schema, which does not describe it: any JSON value."], isBinary: false))
            }
            return d
        }
        if !schema.oneOf.isEmpty || !schema.anyOf.isEmpty {
            let (members, _) = Self.alternatives(schema)
            if members.count == 1 || (members.count > 1 && members.allSatisfy { $0.kind == .string && $0.enumValues == nil }) {
                guard owner == nil else { return nil }
                let d = SwiftDecl(name: name, kind: .alias, reserved: [])
                d.aliasTarget = members.count == 1 ? type(of: members[0], hint: name + "Value", inRequest: inRequest, inResponse: inResponse, owner: nil) : "String"
                d.doc = doc
                return d
            }
            if members.isEmpty { return owner == nil ? alias(name, "JSONValue", schema) : nil }
            let d = SwiftDecl(name: name, kind: .union, reserved: [])
            d.doc = doc
            var caseNames = UniqueNames(reserved: Self.reservedUnionCaseNames)
            var tagsByMember: [ObjectKey: [String]] = [:]
            if let disc = schema.discriminator {
                d.discriminator = disc.propertyName
                for (value, target) in disc.mapping { tagsByMember[ObjectKey(target), default: []].append(value) }
                if disc.mapping.isEmpty {
                    for m in members { if let n = m.name { tagsByMember[ObjectKey(m)] = [n] } }
                }
            }
            for (i, member) in members.enumerated() {
                let t = type(of: member, hint: "Option\(i + 1)", inRequest: inRequest, inResponse: inResponse, owner: d)
                let caseBase: String
                if let n = names[ObjectKey(member)] {
                    caseBase = SwiftNaming.lowerCamel(n)
                } else {
                    switch member.kind {
                    case .string: caseBase = "string"
                    case .integer: caseBase = "integer"
                    case .number: caseBase = "number"
                    case .boolean: caseBase = "boolean"
                    case .array: caseBase = "array"
                    case .object: caseBase = "object"
                    case .any: caseBase = "value"
                    }
                }
                d.unionCases.append(.init(name: caseNames.claim(caseBase), type: t, tags: tagsByMember[ObjectKey(member)] ?? []))
            }
            return d
        }
        if let values = schema.enumValues {
            let nonNull = values.filter { $0 != .null }
            let strings = nonNull.compactMap(\.stringValue)
            var ints: [Int] = []
            for v in nonNull { if case .int(let i) = v { ints.append(i) } }
            if !nonNull.isEmpty, strings.count == nonNull.count || ints.count == nonNull.count {
                let d = SwiftDecl(name: name, kind: .valueEnum, reserved: [])
                d.doc = doc
                var caseNames = UniqueNames(reserved: Self.reservedEnumCaseNames)
                if strings.count == nonNull.count {
                    var seen = NameSet(expected: strings.count)
                    let values = strings.filter { seen.insert($0) }
                    for (s, base) in zip(values, SwiftNaming.caseNames(values)) {
                        d.valueCases.append(.init(name: caseNames.claim(base), literal: "\"\(SwiftNaming.literal(s))\""))
                    }
                } else {
                    d.rawType = "Int"
                    var seen: Set<Int> = []
                    for i in ints where seen.insert(i).inserted {
                        let base = i < 0 ? "minus\(-i)" : "_\(i)"
                        d.valueCases.append(.init(name: caseNames.claim(base), literal: String(i)))
                    }
                }
                d.unknownCase = caseNames.claim(caseNames.contains("unknown") ? "undocumented" : "unknown")
                return d
            }
            return owner == nil ? alias(name, "JSONValue", schema) : nil
        }
        guard owner == nil else { return nil }
        let d = SwiftDecl(name: name, kind: .alias, reserved: [])
        d.doc = doc
        d.aliasTarget = type(of: schema, hint: name, inRequest: inRequest, inResponse: inResponse, owner: nil, expandNamed: true)
        return d
    }

    /// The Swift type of a value of `schema`, without the optional marker for `null`.
    /// Inline schemas that need a type declare it nested in `owner`, or at the top level when nil.
    mutating func type(
        of schema: SchemaIR, hint: String, inRequest: Bool, inResponse: Bool, owner: SwiftDecl?, expandNamed: Bool = false
    ) -> String {
        if !expandNamed, let n = names[ObjectKey(schema)] {
            if inRequest, !inResponse, let variant = requestNames[ObjectKey(schema)] { return variant }
            return n
        }
        if let member = Self.soleMember(schema) {
            return type(of: member, hint: hint, inRequest: inRequest, inResponse: inResponse, owner: owner)
        }
        let (members, _) = Self.alternatives(schema)
        if !schema.oneOf.isEmpty || !schema.anyOf.isEmpty, schema.allOf.isEmpty, schema.fields.isEmpty {
            if members.count == 1 {
                return type(of: members[0], hint: hint, inRequest: inRequest, inResponse: inResponse, owner: owner)
            }
            if members.isEmpty { return "JSONValue" }
            if members.allSatisfy({ $0.kind == .string && $0.enumValues == nil }) { return "String" }
        }
        let needsDecl =
            !Self.constrainingMembers(schema).isEmpty || !schema.oneOf.isEmpty || !schema.anyOf.isEmpty
            || ((schema.kind == .object || schema.kind == .any) && !schema.fields.isEmpty)
            || (schema.enumValues.map { values in
                let nonNull = values.filter { $0 != .null }
                return !nonNull.isEmpty && (nonNull.allSatisfy { $0.stringValue != nil } || nonNull.allSatisfy { if case .int = $0 { true } else { false } })
            } ?? false)
        if needsDecl, !expandNamed {
            let name: String
            if let owner {
                var base = hint
                if topNames.contains(base) || SwiftNaming.reservedTypeNames.contains(base) || SwiftNaming.keywords.contains(base) { base += "Value" }
                name = owner.scopeNames.claim(base)
            } else {
                name = topNames.claim(hint)
            }
            if let d = declare(schema, name: name, inRequest: inRequest, inResponse: inResponse, owner: owner ?? SwiftDecl(name: name, kind: .alias, reserved: [])) {
                if let owner { owner.nested.append(d) } else { extraDecls.append(d) }
                return name
            }
        }
        if schema.kind == .object || (schema.kind == .any && schema.additionalProperties != nil) {
            if case .some(.some(let value)) = schema.additionalProperties {
                let t = type(of: value, hint: hint + "Value", inRequest: inRequest, inResponse: inResponse, owner: owner)
                return Self.isNullable(value) ? "[String: \(t)?]" : "[String: \(t)]"
            }
            return "[String: JSONValue]"
        }
        switch schema.kind {
        case .array:
            guard let items = schema.items else { return "[JSONValue]" }
            let t = type(of: items, hint: hint + "Item", inRequest: inRequest, inResponse: inResponse, owner: owner)
            return Self.isNullable(items) ? "[\(t)?]" : "[\(t)]"
        default:
            return Self.primitiveType(of: schema) ?? "JSONValue"
        }
    }
}

extension SwiftTypeResolver {
    /// The Swift type of a string, integer, number or boolean schema by its format; nil for other kinds.
    static func primitiveType(of schema: SchemaIR) -> String? {
        switch schema.kind {
        case .string:
            switch schema.format {
            case "date-time": return "Date"
            case "uuid": return "UUID"
            case "uri", "url": return "URL"
            case "binary": return "Data"
            default: return "String"
            }
        case .integer:
            switch schema.format {
            case "int32": return "Int32"
            case "int64": return "Int64"
            default: return "Int"
            }
        case .number: return schema.format == "float" ? "Float" : "Double"
        case .boolean: return "Bool"
        default: return nil
        }
    }
}
