import SpecForgeIR
import SpecForgeParse

/// One credential the client can be given, for one security scheme of the spec, and how a
/// request carries it.
struct SwiftCredential: Sendable {
    /// The security scheme's name in the spec, and its case of the SDK's `SecurityScheme`.
    var scheme: String
    var caseName: String
    /// The client init's parameter (and, for http basic, the second one: the password).
    var parameter: String
    var password: String?
    /// `header`, `query`, `cookie` or `basic`.
    var location: String
    /// The header, query parameter or cookie name, and the text before the value (`Bearer `).
    var name: String
    var prefix: String
    var doc: String
}

extension SwiftClientBuilder {
    /// The credentials of the spec's security schemes: apiKey in a header, the query or a
    /// cookie; http bearer (and oauth2 and OpenID Connect access tokens) as `Authorization:
    /// Bearer`; http basic as user name and password. An API key is sent as given, after the
    /// text `prefixes` names for its scheme (configuration: `swift.credential-prefixes`).
    static func authentication(_ model: APIModel, prefixes: [String: String] = [:]) -> [SwiftCredential] {
        var out: [SwiftCredential] = []
        var names = UniqueNames(reserved: ["serverURL", "transport", "middlewares"])
        var cases = UniqueNames()
        for scheme in model.securitySchemes {
            let caseName = SwiftNaming.lowerCamel(scheme.name)
            func add(_ parameter: String, password: String? = nil, _ location: String, _ name: String, _ prefix: String, _ doc: String) {
                out.append(
                    SwiftCredential(
                        scheme: scheme.name, caseName: cases.claim(caseName), parameter: names.claim(parameter),
                        password: password.map { names.claim($0) }, location: location, name: name, prefix: prefix, doc: doc))
            }
            switch scheme.kind {
            case .apiKey(let name, "header") where name.lowercased() == "authorization":
                let prefix = prefixes[scheme.name] ?? ""
                let doc = prefix.isEmpty
                    ? "An API key, sent as the `Authorization` header as given, with any scheme word the API expects (\(scheme.name))."
                    : "An API token, sent as `Authorization: \(prefix)<token>` (\(scheme.name))."
                add("token", "header", "Authorization", prefix, doc)
            case .apiKey(let name, let location) where ["header", "query", "cookie"].contains(location):
                let what = location == "header" ? "the `\(name)` header" : location == "query" ? "the query parameter `\(name)`" : "the cookie `\(name)`"
                add(SwiftNaming.lowerCamel(scheme.name), location, name, prefixes[scheme.name] ?? "", "Sent as \(what) (\(scheme.name)).")
            case .http(let s) where s.lowercased() == "bearer":
                add("bearerToken", "header", "Authorization", "Bearer ", "A bearer token, sent as `Authorization: Bearer <token>` (\(scheme.name)).")
            case .http(let s) where s.lowercased() == "basic":
                add(
                    SwiftNaming.lowerCamel(scheme.name) + "Username", password: SwiftNaming.lowerCamel(scheme.name) + "Password", "basic",
                    "Authorization", "Basic ", "User name and password, sent as `Authorization: Basic …` (\(scheme.name)).")
            case .oauth2, .openIdConnect:
                add(
                    SwiftNaming.lowerCamel(scheme.name) + "AccessToken", "header", "Authorization", "Bearer ",
                    "An access token obtained elsewhere, sent as `Authorization: Bearer <token>` (\(scheme.name)).")
            default:
                continue
            }
        }
        return out
    }

    /// One warning per security scheme that operations require but the client cannot send (of
    /// a type it does not support, or not declared), at the first operation that needs it.
    static func unsendableSchemes(_ model: APIModel, _ credentials: [SwiftCredential]) -> [(location: Location, message: String)] {
        let sendable = Set(credentials.map(\.scheme))
        var order: [String] = []
        var users: [String: [OperationIR]] = [:]
        for op in model.operations {
            var seen: [String] = []
            for name in op.security.joined() where !sendable.contains(name) && !seen.contains(name) {
                seen.append(name)
                if users[name] == nil { order.append(name) }
                users[name, default: []].append(op)
            }
        }
        return order.map { name in
            let ops = users[name]!
            let what =
                model.securitySchemes.contains { $0.name == name }
                ? "is of a type the Swift client cannot send" : "is not declared in components.securitySchemes (or is of a type SpecForge ignores)"
            let more = ops.count > 1 ? " (and \(ops.count - 1) other operation\(ops.count == 2 ? "" : "s"))" : ""
            return (
                ops[0].location,
                "security scheme '\(name)' \(what); the security alternatives that need it are left out of \(ops[0].method.rawValue.uppercased()) \(ops[0].path)\(more)"
            )
        }
    }

    /// By security scheme name, the `SecurityScheme` case of its credential.
    static func caseNames(_ credentials: [SwiftCredential]) -> [String: String] {
        var byScheme: [String: String] = [:]
        for c in credentials { byScheme[c.scheme] = c.caseName }
        return byScheme
    }

    /// The operation's security alternatives as lists of `SecurityScheme` cases, in order;
    /// alternatives naming a scheme the SDK cannot send are left out, as are empty ones (no
    /// credentials needed: the request goes without when the client holds none of the others).
    /// `byScheme`: by security scheme name, the `SecurityScheme` case of its credential (`caseNames`).
    static func security(_ op: OperationIR, cases byScheme: [String: String]) -> [[String]] {
        guard !op.security.isEmpty else { return [] }
        return op.security.compactMap { alternative in
            let cases = alternative.compactMap { byScheme[$0] }
            return cases.isEmpty || cases.count != alternative.count ? nil : cases
        }
    }
}
