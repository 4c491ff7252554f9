import SpecForgeIR
import SpecForgeRender

/// The TypeScript tab as @hey-api/openapi-ts names the SDK's functions (the default mode): only
/// when the layout names the package to import from.
struct TypeScriptTab {
    var view: OperationView
    var values: RequestExample
    var package: String

    /// hey-api's function name: the operationId in camel case, else one made from the method and path.
    var function: String {
        let op = view.op
        if op.hasOperationId { return Self.camelCase(op.operationId) }
        var words = [op.method.rawValue]
        for segment in op.path.split(separator: "/") {
            if segment.hasPrefix("{") { words.append("by"); words.append(String(segment.dropFirst().dropLast())) } else { words.append(String(segment)) }
        }
        return Self.camelCase(words.joined(separator: "_"))
    }

    /// Words split at separators and lower-to-upper changes; the first lower case, the others capitalized.
    static func camelCase(_ s: String) -> String {
        var words: [String] = []
        var current = ""
        var previous: Character?
        for c in s {
            if !(c.isLetter || c.isNumber) {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else {
                if c.isUppercase, let p = previous, p.isLowercase || p.isNumber, !current.isEmpty {
                    words.append(current)
                    current = ""
                }
                current.append(c)
            }
            previous = c
        }
        if !current.isEmpty { words.append(current) }
        guard let first = words.first else { return s }
        let head = first.allSatisfy { !$0.isLowercase } ? first.lowercased() : DocsNaming.lowerFirst(first)
        return head + words.dropFirst().map { DocsNaming.capitalizedFirst(Substring($0)) }.joined()
    }

    var templateValue: Value {
        var options: [String] = []
        if view.page.auth.needsCredentials(view.op) { options.append("auth: \"YOUR_API_TOKEN\"") }
        func group(_ name: String, _ list: [(ParameterIR, JSONValue)]) {
            guard !list.isEmpty else { return }
            options.append("\(name): " + JSONText.pretty(.object(list.map { .init($0.0.name, $0.1) }), indent: 2, continuation: 6))
        }
        group("path", values.path)
        group("query", values.query)
        group("headers", values.headers)
        if let body = values.body {
            options.append("body: " + JSONText.pretty(body.value, indent: 2, continuation: 6))
        }
        return [
            "upstream": false,
            "package": .string(package),
            "function": .string(function),
            "options": OperationView.commaList(options),
        ]
    }
}
