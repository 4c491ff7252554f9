import SpecForgeBits
import SpecForgeIR
import SpecForgeParse

/// What the examples send to authenticate an operation: the HTTPie items of the first of its
/// effective security requirements (the operation's own, else the document's; `security: []` or
/// `{}` first means none), each scheme mapped to an item by the layout (by scheme name or kind),
/// else by the defaults (by kind). In upstream mode every operation sends the document's first scheme.
struct ExampleAuthentication: Sendable {
    var schemes: [String: SecurityScheme]
    var firstScheme: String?
    /// Item by scheme name or kind; the layout's entries over the defaults'.
    var items: [String: String]
    var upstream: Bool

    init(model: APIModel, defaults: [String: String], layout: [String: String], upstream: Bool) {
        schemes = Dictionary(model.securitySchemes.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        firstScheme = model.securitySchemes.first?.name
        items = defaults.merging(layout) { _, l in l }
        self.upstream = upstream
    }

    /// The security schemes the example uses for `op`.
    func schemes(for op: OperationIR) -> [SecurityScheme] {
        if upstream { return firstScheme.flatMap { schemes[$0] }.map { [$0] } ?? [] }
        guard let requirement = op.security.first(where: { $0.allSatisfy { schemes[$0] != nil } }) ?? op.security.first else { return [] }
        return requirement.compactMap { schemes[$0] }
    }

    /// Whether `op` needs credentials.
    func needsCredentials(_ op: OperationIR) -> Bool { !schemes(for: op).isEmpty }

    func httpieItems(_ op: OperationIR) -> [String] {
        schemes(for: op).compactMap { scheme in
            guard let item = items[scheme.name] ?? items[Self.kind(scheme.kind)] else { return nil }
            if case .apiKey(let name, _) = scheme.kind { return item.replacingAll("{name}", with: name) }
            return item
        }
    }

    /// `http-bearer`, `apiKey-header`, `oauth2`, …
    static func kind(_ kind: SecurityScheme.Kind) -> String {
        switch kind {
        case .apiKey(_, let location): "apiKey-\(location)"
        case .http(let scheme): "http-\(scheme.lowercased())"
        case .oauth2: "oauth2"
        case .openIdConnect: "openIdConnect"
        }
    }

    /// The value of an HTTPie header item: `Authorization:"Token X"` → `Token X`.
    static func headerValue(_ item: String?) -> String? {
        guard let item else { return nil }
        // ASCII: each character a byte, read on bytes (walking characters was most of the cost).
        if TextScan.isASCII(item) {
            let utf8 = Array(item.utf8)
            guard let colon = utf8.firstIndex(of: UInt8(ascii: ":")), utf8.first != UInt8(ascii: "-") else { return nil }
            var value = utf8[(colon + 1)...]
            if value.count >= 2, value.first == UInt8(ascii: "\""), value.last == UInt8(ascii: "\"") { value = value.dropFirst().dropLast() }
            return String(decoding: value, as: UTF8.self)
        }
        guard let colon = item.firstIndex(of: ":"), !item.hasPrefix("-") else { return nil }
        var value = item[item.index(after: colon)...]
        if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = value.dropFirst().dropLast() }
        return String(value)
    }
}
