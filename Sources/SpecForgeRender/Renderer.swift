/// A set of named templates that can include each other as partials.
public struct TemplateLibrary: Sendable {
    public private(set) var templates: [String: Template] = [:]

    public init() {}

    /// Parses `text` and registers it under `name`, replacing any template of that name.
    public mutating func register(name: String, text: String) throws(TemplateError) {
        templates[name] = try Template(name: name, text: text)
    }

    /// The first partial (by template name, then position) that names no registered template.
    public func missingPartial() -> TemplateError? {
        for (name, template) in templates.sorted(by: { $0.key < $1.key }) {
            for p in template.partials where templates[p.name] == nil {
                return TemplateError(template: name, line: p.line, column: p.column, message: "partial '{{> \(p.name)}}' names no template (there is no \(p.name).mustache)")
            }
        }
        return nil
    }

    public func render(_ name: String, _ value: Value) -> String {
        guard let template = templates[name] else { return "" }
        var out = ""
        var stack = [value]
        render(template.nodes, stack: &stack, indent: "", into: &out)
        return out
    }

    private func render(_ nodes: [TemplateNode], stack: inout [Value], indent: String, into out: inout String) {
        for node in nodes {
            switch node {
            case .text(let text):
                if indent.isEmpty {
                    out += text
                } else {
                    appendIndented(text, indent: indent, into: &out)
                }
            case .variable(let path, let escaped):
                let value = lookup(path, in: stack)
                switch value {
                case .string(let s): out += escaped ? Self.escapeHTML(s) : s
                case .bool(let b): out += b ? "true" : "false"
                case .null, .list, .object, nil: break
                }
            case .section(let path, let children, let inverted):
                let value = lookup(path, in: stack) ?? .null
                if inverted {
                    if value.isFalsy { render(children, stack: &stack, indent: indent, into: &out) }
                    continue
                }
                switch value {
                case .bool(true):
                    render(children, stack: &stack, indent: indent, into: &out)
                case .list(let items):
                    for item in items {
                        stack.append(item)
                        render(children, stack: &stack, indent: indent, into: &out)
                        stack.removeLast()
                    }
                case .string, .object:
                    stack.append(value)
                    render(children, stack: &stack, indent: indent, into: &out)
                    stack.removeLast()
                case .bool(false), .null:
                    break
                }
            case .partial(let name, let partialIndent):
                guard let template = templates[name] else { continue }
                let inner = indent + partialIndent
                if !partialIndent.isEmpty { out += inner }
                render(template.nodes, stack: &stack, indent: inner, into: &out)
            }
        }
    }

    /// Appends template text, indenting every line that starts within it.
    private func appendIndented(_ text: String, indent: String, into out: inout String) {
        var first = true
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if !first {
                out += "\n"
                if !line.isEmpty { out += indent }
            } else if out.last == "\n", !line.isEmpty {
                out += indent
            }
            out += line
            first = false
        }
    }

    private func lookup(_ path: [String], in stack: [Value]) -> Value? {
        if path.first == "." { return stack.last }
        var found: Value?
        for frame in stack.reversed() {
            if case .object(let fields) = frame, let v = fields[path[0]] {
                found = v
                break
            }
        }
        guard var value = found else { return nil }
        for key in path.dropFirst() {
            guard case .object(let fields) = value, let v = fields[key] else { return nil }
            value = v
        }
        return value
    }

    static func escapeHTML(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) else { return s }
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
