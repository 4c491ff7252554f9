import SpecForgeParse

/// The changes that can break an existing client, read from the `Change` tree.
///
/// A request is what clients send (parameters, request bodies): it breaks when it asks for more
/// (a new required parameter or property, a narrower type, an enum value gone). A response is
/// what clients read: it breaks when it gives less (an endpoint, status or property gone, a
/// different type) or something a client may not expect (a new enum value).
public enum BreakingRules {
    public enum Level: Int, Sendable, Comparable, CaseIterable {
        case info, warning, error
        public static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
        public var name: String { ["info", "warning", "error"][rawValue] }
    }

    /// A rule: its stable id, its level and what a finding of it says.
    public struct Rule: Sendable {
        public var id: String
        public var level: Level
        public var summary: String
    }

    /// Every rule, by id.
    public static let rules: [String: Rule] = Dictionary(uniqueKeysWithValues: [
        Rule(id: "endpoint-removed", level: .error, summary: "endpoint removed"),
        Rule(id: "response-success-status-removed", level: .error, summary: "success response status removed"),
        Rule(id: "response-non-success-status-removed", level: .warning, summary: "non-success response status removed"),
        Rule(id: "response-media-type-removed", level: .error, summary: "response media type removed"),
        Rule(id: "response-property-removed", level: .error, summary: "response property removed"),
        Rule(id: "response-property-became-optional", level: .warning, summary: "response property no longer required"),
        Rule(id: "response-property-became-nullable", level: .warning, summary: "response value became nullable"),
        Rule(id: "response-type-changed", level: .error, summary: "response type changed"),
        Rule(id: "response-format-changed", level: .error, summary: "response format changed"),
        Rule(id: "response-enum-value-added", level: .warning, summary: "enum value added to a response (clients must handle unknown values)"),
        Rule(id: "request-parameter-added-required", level: .error, summary: "required request parameter added"),
        Rule(id: "request-parameter-became-required", level: .error, summary: "request parameter became required"),
        Rule(id: "request-parameter-removed", level: .warning, summary: "request parameter removed"),
        Rule(id: "request-body-added-required", level: .error, summary: "required request body added"),
        Rule(id: "request-body-became-required", level: .error, summary: "request body became required"),
        Rule(id: "request-media-type-removed", level: .error, summary: "request media type removed"),
        Rule(id: "request-property-added-required", level: .error, summary: "required request property added"),
        Rule(id: "request-property-became-required", level: .error, summary: "request property became required"),
        Rule(id: "request-property-became-not-nullable", level: .error, summary: "request value no longer nullable"),
        Rule(id: "request-type-changed", level: .error, summary: "request type changed"),
        Rule(id: "request-format-changed", level: .error, summary: "request format changed"),
        Rule(id: "request-enum-value-removed", level: .error, summary: "enum value removed from a request"),
        Rule(id: "request-max-decreased", level: .error, summary: "request maximum decreased"),
        Rule(id: "request-min-increased", level: .error, summary: "request minimum increased"),
    ].map { ($0.id, $0) })

    public struct Finding: Sendable {
        public var rule: Rule
        /// `GET /path`.
        public var endpoint: String
        /// Where in the endpoint, e.g. `response 200 application/json, property owner/name`.
        public var place: String
        /// The change as the report prints it.
        public var change: String
        public var location: Location?
        public var level: Level { rule.level }
    }

    /// The breaking changes of a report, in report order.
    public static func findings(_ report: DiffReport) -> [Finding] {
        var out: [Finding] = []
        for e in report.deleted {
            out.append(Finding(rule: rules["endpoint-removed"]!, endpoint: e.text, place: "", change: "", location: e.location))
        }
        for e in report.modified {
            var walker = Walker(endpoint: e.text)
            walker.walk(e.children, context: Context(location: e.location))
            out += walker.findings
        }
        return out
    }

    /// Where a change is: request or response side, and the trail of elements above it.
    struct Context {
        enum Side { case none, request, response }
        var side = Side.none
        var trail: [String] = []
        var location: Location?
        /// Inside a parameter (as opposed to a body).
        var parameter: String?
    }

    struct Walker {
        var endpoint: String
        var findings: [Finding] = []

        mutating func add(_ id: String, _ change: Change, _ context: Context) {
            findings.append(Finding(rule: rules[id]!, endpoint: endpoint, place: context.trail.joined(separator: ", "),
                                    change: change.text, location: change.location ?? context.location))
        }

        mutating func walk(_ changes: [Change], context: Context) {
            for change in changes { visit(change, context) }
        }

        mutating func visit(_ change: Change, _ parent: Context) {
            var context = parent
            if let location = change.location { context.location = location }
            let request = context.side == .request, response = context.side == .response
            switch change.kind {
            case .parameterAdded(_, let required):
                if required { add("request-parameter-added-required", change, context) }
            case .parameterDeleted:
                add("request-parameter-removed", change, context)
            case .parameterModified(let location):
                context.side = .request
                context.trail.append("\(location) parameter \(change.text.split(separator: ":").last.map { $0.trimmingSpaces() } ?? "")")
                context.parameter = change.text
            case .requestBody(let becameRequired):
                if becameRequired { add("request-body-became-required", change, context) }
                context.side = .request
                context.trail.append("request body")
            case .responses:
                context.side = .response
            case .responseDeleted(let status):
                add(status.hasPrefix("2") ? "response-success-status-removed" : "response-non-success-status-removed", change, context)
            case .responseModified(let status):
                context.trail.append("response \(status)")
            case .mediaTypeDeleted:
                add(response ? "response-media-type-removed" : "request-media-type-removed", change, context)
            case .mediaTypeModified:
                context.trail.append(String(change.text.dropFirst("Modified media type: ".count)))
            case .propertyModified(let name):
                appendProperty(name, &context)
            case .items:
                appendProperty("[]", &context)
            case .propertyAdded(_, let required):
                if request, required { add("request-property-added-required", change, context) }
            case .propertyDeleted:
                if response { add("response-property-removed", change, context) }
            case .requiredAdded(_, let newProperty):
                // A new required property is reported once, on its `New property` line.
                if request, !newProperty { add("request-property-became-required", change, context) }
            case .requestBodyAdded(let required):
                if required { add("request-body-added-required", change, context) }
                context.side = .request
            case .requiredDeleted:
                if response { add("response-property-became-optional", change, context) }
            case .enumAdded:
                if response { add("response-enum-value-added", change, context) }
            case .enumDeleted:
                if request { add("request-enum-value-removed", change, context) }
            case .value(let attribute, let from, let to):
                value(attribute, from, to, change, context)
            default:
                break
            }
            walk(change.children, context: context)
        }

        private func appendProperty(_ name: String, _ context: inout Context) {
            if let last = context.trail.last, last.hasPrefix("property ") {
                context.trail[context.trail.count - 1] = last + (name == "[]" ? "[]" : "." + name)
            } else {
                context.trail.append("property " + name)
            }
        }

        private mutating func value(_ attribute: String, _ from: String, _ to: String, _ change: Change, _ context: Context) {
            let request = context.side == .request, response = context.side == .response
            switch attribute {
            case "Type":
                // A type dropped (moved into allOf/oneOf) or widened is not counted; one replaced is.
                guard from != "''", to != "''" else { break }
                let widened = from == "'integer'" && to == "'number'"
                if request, !widened { add("request-type-changed", change, context) }
                if response, !(from == "'number'" && to == "'integer'") { add("response-type-changed", change, context) }
            case "Format":
                // Requests break on a format that is new or different, responses on one that went or changed.
                if request, to != "''" { add("request-format-changed", change, context) }
                if response, from != "''" { add("response-format-changed", change, context) }
            case "Required" where context.parameter != nil:
                if from == "false", to == "true" { add("request-parameter-became-required", change, context) }
            case "Nullable":
                if response, to == "true" { add("response-property-became-nullable", change, context) }
                if request, to == "false" { add("request-property-became-not-nullable", change, context) }
            case "Max", "MaxLength", "MaxItems":
                if request, let a = Double(from), let b = Double(to), b < a { add("request-max-decreased", change, context) }
                if request, from == "null", to != "null" { add("request-max-decreased", change, context) }
            case "Min", "MinLength", "MinItems":
                if request, let a = Double(from), let b = Double(to), b > a { add("request-min-increased", change, context) }
                if request, from == "null", let b = Double(to), b > 0 { add("request-min-increased", change, context) }
            default:
                break
            }
        }
    }

    /// Compiler-style lines, `file:line:column: level: [rule] METHOD /path: place: change`, and a count.
    public static func render(_ findings: [Finding]) -> String {
        var out = ""
        for f in findings {
            let position = f.location.map { "\($0.file):\($0.mark): " } ?? ""
            let place = f.place.isEmpty ? "" : f.place + ": "
            let change = f.change.isEmpty ? "" : " (\(f.change.split(separator: "\n").first ?? ""))"
            out += "\(position)\(f.level.name): [\(f.rule.id)] \(f.endpoint): \(place)\(f.rule.summary)\(change)\n"
        }
        let counts = Level.allCases.reversed().map { level in (level, findings.filter { $0.level == level }.count) }
        if findings.isEmpty {
            out += "no breaking changes\n"
        } else {
            out += "\(findings.count) breaking change\(findings.count == 1 ? "" : "s"): " + counts.map { "\($0.1) \($0.0.name)\($0.1 == 1 ? "" : "s")" }.joined(separator: ", ") + "\n"
        }
        return out
    }
}
