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
        // Rendered as UTF-8 bytes and made a String once: appending to a String checks each
        // piece for grapheme boundaries, which was most of the cost of rendering.
        var out: [UInt8] = []
        out.reserveCapacity(1 << 14)
        var stack = [value]
        render(template.nodes, stack: &stack, indent: [], into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private func render(_ nodes: [TemplateNode], stack: inout [Value], indent: [UInt8], into out: inout [UInt8]) {
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
                // Inside an indented partial, a line that starts with a tag is indented like any other.
                if !indent.isEmpty, out.last == 0x0A, value?.rendersText == true { out += indent }
                switch value {
                case .string(let s):
                    if escaped { Self.appendEscapingHTML(s, into: &out) } else { out += s.utf8 }
                case .bool(let b): out += (b ? "true" : "false").utf8
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
    private func appendIndented(_ text: [UInt8], indent: [UInt8], into out: inout [UInt8]) {
        var first = true
        for line in text.split(separator: 0x0A, omittingEmptySubsequences: false) {
            if !first {
                out.append(0x0A)
                if !line.isEmpty { out += indent }
            } else if out.last == 0x0A, !line.isEmpty {
                out += indent
            }
            out += line
            first = false
        }
    }

    private func lookup(_ path: [String], in stack: [Value]) -> Value? {
        guard let name = path.first else { return stack.last }
        let length = name.utf8.count
        let found: Value? = stack.withUnsafeBufferPointer { frames in
            var frame = frames.count
            while frame > 0 {
                frame -= 1
                if case .object(let fields) = frames[frame], let v = fields.value(name, length: length) { return v }
            }
            return nil
        }
        guard var value = found else { return nil }
        for key in path.dropFirst() {
            guard case .object(let fields) = value, let v = fields[key] else { return nil }
            value = v
        }
        return value
    }

    static func appendEscapingHTML(_ s: String, into out: inout [UInt8]) {
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += "&amp;".utf8
            case UInt8(ascii: "<"): out += "&lt;".utf8
            case UInt8(ascii: ">"): out += "&gt;".utf8
            case UInt8(ascii: "\""): out += "&quot;".utf8
            default: out.append(byte)
            }
        }
    }
}
