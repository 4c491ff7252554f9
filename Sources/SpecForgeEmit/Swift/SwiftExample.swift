import SpecForgeBits
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SpecForgeIR

/// A call of one client method of the generated SDK with example values, for the Swift tab of the
/// Markdown reference. Method name, labels, order and types come from the SDK's own view
/// (`SwiftSDK`), so the call always matches the generated code.
struct SwiftExampleCall {
    /// The body argument: a struct built field by field, or any other value.
    enum Body {
        case structure(type: String, arguments: [(label: String, value: String)])
        case value(type: String, value: String)
    }

    var methodName: String
    /// The client init's credential parameters for the spec's first security scheme, if it
    /// declares one: one parameter, or for http basic the user name and the password.
    var authParameter: String?
    var authPassword: String?
    var body: Body?
    /// Arguments in the method's parameter order; the body as the expression `body`.
    var arguments: [(label: String, value: String)]
    var returnsValue: Bool
    var returnsList: Bool
    var returnsOptional: Bool
}

/// Builds `SwiftExampleCall`s from a `SwiftSDK` and the example values the other tabs use.
struct SwiftExampleBuilder {
    let sdk: SwiftSDK
    /// The example value of a field or parameter by its spec name and schema.
    let example: (String, SchemaIR) -> JSONValue
    /// Whether structs get their optional properties too (down to `optionalDepth`), not only
    /// the required ones and those the value names: a call that exercises every field.
    var optionalDepth = 0

    init(sdk: SwiftSDK, optionalDepth: Int = 0, example: @escaping (String, SchemaIR) -> JSONValue) {
        self.sdk = sdk
        self.optionalDepth = optionalDepth
        self.example = example
    }

    /// `bodyValue` is the example body the other tabs send (nil when they send none).
    func call(_ operationId: String, parameterValues: (ParameterIR) -> JSONValue, bodyValue: JSONValue?) -> SwiftExampleCall? {
        guard let op = sdk.operationsByID[NameKey(operationId)] else { return nil }
        var arguments: [(String, String)] = []
        var body: SwiftExampleCall.Body?
        for p in op.parameters {
            let label = SwiftNaming.argumentLabel(p.name)
            if p.isBody {
                guard bodyValue != nil || !p.optional else { continue }
                let type = SwiftType.parse(p.type)
                let expr = expression(bodyValue, type, scope: [], depth: 0)
                if case .named(let n) = type, let decl = lookup(n, scope: [])?.0, decl.kind == .structure, !decl.singleValue,
                    case .call(let callee, let args) = expr
                {
                    body = .structure(type: callee, arguments: args.map { ($0.label ?? "", $0.value.text(indent: 4)) })
                } else {
                    body = .value(type: qualified(type, scope: []), value: expr.text(indent: 0))
                }
                arguments.append((label, "body"))
            } else if !p.optional, let source = p.source {
                arguments.append((label, expression(parameterValues(source), SwiftType.parse(p.type), scope: [], depth: 0).text(indent: 4)))
            } else if !p.optional {
                arguments.append((label, expression(nil, SwiftType.parse(p.type), scope: [], depth: 0).text(indent: 4)))
            }
        }
        let list = op.resultType.hasPrefix("[") && !op.resultType.contains(":")
        return SwiftExampleCall(
            methodName: SwiftNaming.escaped(op.methodName),
            authParameter: sdk.authentication.first.map { SwiftNaming.argumentLabel($0.parameter) },
            authPassword: sdk.authentication.first?.password.map(SwiftNaming.argumentLabel),
            body: body,
            arguments: arguments,
            returnsValue: op.resultKind != "void",
            returnsList: list && (op.resultKind == "json" || op.resultKind == "optionalJSON"),
            returnsOptional: op.resultKind == "optionalJSON"
        )
    }

    // MARK: Values

    /// The expression of `value` as a value of `type`; nil (or a value that does not fit) gives a
    /// placeholder of the type that compiles.
    func expression(_ value: JSONValue?, _ type: SwiftType, scope: [SwiftDecl], depth: Int) -> SwiftExpr {
        switch type {
        case .optional(let wrapped):
            guard let value, value != .null else { return .atom("nil") }
            return expression(value, wrapped, scope: scope, depth: depth)
        case .array(let element):
            guard case .array(let items) = value else { return .atom("[]") }
            return .array(items.map { expression($0, element, scope: scope, depth: depth + 1) })
        case .dictionary(let element):
            guard case .object(let pairs) = value, !pairs.isEmpty else { return .atom("[:]") }
            return .dictionary(pairs.map { (Self.string($0.key), expression($0.value, element, scope: scope, depth: depth + 1)) })
        case .named(let name):
            return named(value, name, scope: scope, depth: depth)
        }
    }

    private func named(_ value: JSONValue?, _ name: String, scope: [SwiftDecl], depth: Int) -> SwiftExpr {
        switch name {
        case "String":
            switch value {
            case .string(let s): return .atom(Self.string(s))
            case .int, .double, .bool: return .atom(Self.string(Self.plain(value!)))
            default: return .atom("\"\"")
            }
        case "Int", "Int32", "Int64":
            switch value {
            case .int(let i): return .atom(String(i))
            case .double(let d) where d.isFinite && abs(d) < 1e15: return .atom(String(Int(d)))
            case .string(let s) where Int(s) != nil: return .atom(s)
            default: return .atom("0")
            }
        case "Double", "Float":
            switch value {
            case .int(let i): return .atom(String(i))
            case .double(let d) where d.isFinite: return .atom(String(d))
            default: return .atom("0")
            }
        case "Bool":
            if case .bool(let b) = value { return .atom(b ? "true" : "false") }
            return .atom("false")
        case "UUID":
            if case .string(let s) = value, UUID(uuidString: s) != nil { return .atom("UUID(uuidString: \(Self.string(s)))!") }
            return .atom("UUID()")
        case "URL":
            if case .string(let s) = value, s.containsUTF8("://"), URL(string: s) != nil { return .atom("URL(string: \(Self.string(s)))!") }
            return .atom("URL(string: \"https://example.com\")!")
        case "Date":
            if case .string(let s) = value, InternetDateTime.isValid(s) {
                return .atom("ISO8601DateFormatter().date(from: \(Self.string(s)))!")
            }
            return .atom("Date()")
        case "Data":
            if case .string(let s) = value { return .atom("Data(\(Self.string(s)).utf8)") }
            return .atom("Data()")
        case "JSONValue":
            return json(value ?? .null)
        default:
            break
        }
        guard depth < 12, let found = lookup(name, scope: scope) else {
            return .atom("fatalError(\"no example of \(SwiftNaming.literal(name))\")")
        }
        let (decl, qualifiedName, inner) = found
        switch decl.kind {
        case .structure where decl.singleValue:
            return .call(qualifiedName, [(nil, expression(value, SwiftType.parse(decl.properties[0].type), scope: [], depth: depth + 1))])
        case .structure:
            var given: [String: JSONValue] = [:]
            if case .object(let pairs) = value { for pair in pairs { given[pair.key] = pair.value } }
            var args: [(label: String?, value: SwiftExpr)] = []
            for p in decl.properties where !p.isAdditional {
                var v = given[p.jsonName]
                let filled = v == nil && p.optional
                if v == nil {
                    guard !p.optional || depth < optionalDepth else { continue }
                    v = p.schema.map { example(p.jsonName, $0) }
                }
                let type = SwiftType.parse(p.optional ? p.type + "?" : p.type)
                let expr = expression(v, type, scope: inner, depth: depth + 1)
                // An optional property filled in only to exercise it is left out where no value of it can be made.
                if filled, expr.flat.containsUTF8("fatalError(") || expr.flat == "nil" { continue }
                args.append((SwiftNaming.argumentLabel(p.name), expr))
            }
            return .call(qualifiedName, args)
        case .valueEnum:
            let literal: String?
            switch value {
            case .string(let s): literal = "\"\(SwiftNaming.literal(s))\""
            case .int(let i): literal = String(i)
            default: literal = nil
            }
            if let c = decl.valueCases.first(where: { $0.literal == literal }) ?? decl.valueCases.first {
                return .atom("." + SwiftNaming.escaped(c.name))
            }
            return .atom("." + SwiftNaming.escaped(decl.unknownCase) + "(\(decl.rawType == "Int" ? "0" : "\"\""))")
        case .union:
            let chosen = decl.unionCases.first { c in value.map { fits($0, SwiftType.parse(c.type), scope: inner) } ?? false }
            guard let c = chosen ?? decl.unionCases.first else { return .atom("fatalError(\"no example of \(SwiftNaming.literal(name))\")") }
            return .call("." + SwiftNaming.escaped(c.name), [(nil, expression(chosen == nil ? nil : value, SwiftType.parse(c.type), scope: inner, depth: depth + 1))])
        case .alias:
            return expression(value, SwiftType.parse(decl.aliasTarget), scope: [], depth: depth + 1)
        }
    }

    /// Whether `value` reads as a value of `type` (chooses the case of a union).
    private func fits(_ value: JSONValue, _ type: SwiftType, scope: [SwiftDecl]) -> Bool {
        switch (type, value) {
        case (.optional(let t), _): return value == .null || fits(value, t, scope: scope)
        case (.array, .array), (.dictionary, .object): return true
        case (.named(let n), _):
            switch (n, value) {
            case ("String", .string), ("Int", .int), ("Int32", .int), ("Int64", .int), ("Double", .int), ("Double", .double),
                ("Float", .int), ("Float", .double), ("Bool", .bool), ("JSONValue", _):
                return true
            case ("UUID", .string(let s)): return UUID(uuidString: s) != nil
            case ("URL", .string(let s)), ("Date", .string(let s)): return !s.isEmpty
            default: break
            }
            guard let found = lookup(n, scope: scope) else { return false }
            let (decl, _, inner) = found
            switch (decl.kind, value) {
            case (.structure, _) where decl.singleValue: return fits(value, SwiftType.parse(decl.properties[0].type), scope: [])
            case (.structure, .object): return true
            case (.valueEnum, .string(let s)): return decl.valueCases.contains { $0.literal == "\"\(SwiftNaming.literal(s))\"" }
            case (.valueEnum, .int(let i)): return decl.valueCases.contains { $0.literal == String(i) }
            case (.alias, _): return fits(value, SwiftType.parse(decl.aliasTarget), scope: [])
            case (.union, _): return decl.unionCases.contains { fits(value, SwiftType.parse($0.type), scope: inner) }
            default: return false
            }
        default: return false
        }
    }

    private func json(_ value: JSONValue) -> SwiftExpr {
        switch value {
        case .null: return .atom(".null")
        case .bool(let b): return .atom(".bool(\(b))")
        case .int(let i): return .atom(".int(\(i))")
        case .double(let d): return .atom(d.isFinite ? ".double(\(d))" : ".null")
        case .string(let s): return .atom(".string(\(Self.string(s)))")
        case .array(let items): return .call(".array", [(nil, .array(items.map(json)))])
        case .object(let pairs):
            return .call(".object", [(nil, pairs.isEmpty ? .atom("[:]") : .dictionary(pairs.map { (Self.string($0.key), json($0.value)) }))])
        }
    }

    /// The declaration a type name means inside `scope` (the declarations it is nested in,
    /// outermost first), its name as written outside them, and the scope of its own members.
    private func lookup(_ name: String, scope: [SwiftDecl]) -> (SwiftDecl, String, [SwiftDecl])? {
        for depth in stride(from: scope.count, to: 0, by: -1) {
            if let d = scope[depth - 1].nested.first(where: { $0.name == name }) {
                let path = scope[..<depth].map(\.name) + [d.name]
                return (d, path.map(SwiftNaming.escaped).joined(separator: "."), Array(scope[..<depth]) + [d])
            }
        }
        guard let d = sdk.declsByName[NameKey(name)] else { return nil }
        return (d, SwiftNaming.escaped(d.name), [d])
    }

    /// A type as written outside the declarations of `scope`.
    func qualified(_ type: SwiftType, scope: [SwiftDecl]) -> String {
        switch type {
        case .optional(let t): return qualified(t, scope: scope) + "?"
        case .array(let t): return "[\(qualified(t, scope: scope))]"
        case .dictionary(let t): return "[String: \(qualified(t, scope: scope))]"
        case .named(let n): return lookup(n, scope: scope)?.1 ?? n
        }
    }

    static func string(_ s: String) -> String { "\"\(SwiftNaming.literal(s))\"" }

    static func plain(_ v: JSONValue) -> String {
        switch v {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .double(let d): return String(d)
        case .bool(let b): return b ? "true" : "false"
        default: return ""
        }
    }
}

/// A Swift type expression as the SDK's view writes it: `Name`, `[T]`, `[String: T]`, `T?`.
indirect enum SwiftType: Equatable {
    case named(String)
    case array(SwiftType)
    case dictionary(SwiftType)
    case optional(SwiftType)

    static func parse(_ text: String) -> SwiftType {
        if text.hasSuffix("?") { return .optional(parse(String(text.dropLast()))) }
        guard text.hasPrefix("["), text.hasSuffix("]") else { return .named(text) }
        let inner = text.dropFirst().dropLast()
        var depth = 0
        var index = inner.startIndex
        while index < inner.endIndex {
            switch inner[index] {
            case "[": depth += 1
            case "]": depth -= 1
            case ":" where depth == 0:
                return .dictionary(parse(inner[inner.index(after: index)...].trimmingSpaces()))
            default: break
            }
            index = inner.index(after: index)
        }
        return .array(parse(String(inner)))
    }
}

/// A Swift expression, printed on one line when short and one argument or element a line otherwise.
indirect enum SwiftExpr {
    case atom(String)
    case call(String, [(label: String?, value: SwiftExpr)])
    case array([SwiftExpr])
    case dictionary([(key: String, value: SwiftExpr)])

    static let lineLimit = 72

    /// The text; lines after the first are indented by `indent` spaces more than the first.
    func text(indent: Int) -> String {
        let flat = self.flat
        if flat.count <= Self.lineLimit - indent { return flat }
        let inner = String(repeating: " ", count: indent + 4)
        let outer = String(repeating: " ", count: indent)
        switch self {
        case .atom(let s):
            return s
        case .call(let callee, let args):
            let lines = args.map { inner + ($0.label.map { $0 + ": " } ?? "") + $0.value.text(indent: indent + 4) }
            return callee + "(\n" + lines.joined(separator: ",\n") + "\n" + outer + ")"
        case .array(let items):
            return "[\n" + items.map { inner + $0.text(indent: indent + 4) }.joined(separator: ",\n") + "\n" + outer + "]"
        case .dictionary(let pairs):
            return "[\n" + pairs.map { inner + $0.key + ": " + $0.value.text(indent: indent + 4) }.joined(separator: ",\n") + "\n" + outer + "]"
        }
    }

    var flat: String {
        switch self {
        case .atom(let s): return s
        case .call(let callee, let args):
            return callee + "(" + args.map { ($0.label.map { $0 + ": " } ?? "") + $0.value.flat }.joined(separator: ", ") + ")"
        case .array(let items): return "[" + items.map(\.flat).joined(separator: ", ") + "]"
        case .dictionary(let pairs): return "[" + pairs.map { $0.key + ": " + $0.value.flat }.joined(separator: ", ") + "]"
        }
    }
}
