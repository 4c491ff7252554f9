import SpecForgeBits

/// A set of named templates that can include each other as partials.
public struct TemplateLibrary: Sendable {
    public private(set) var templates: [String: Template] = [:]
    /// The templates' programs, and by template name the index of its program.
    private var programs: [Program] = []
    private var indices: [String: Int] = [:]
    /// By program, by partial: the index of the program the partial names (-1: none).
    private var targets: [[Int]] = []
    /// By program, the number of its first path among all programs' paths (`LookupHints`).
    private var pathBases: [Int] = []
    private var pathCount = 0

    public init() {
        // Names and text are read from strings' words (FieldKey, OutputBuffer).
        StringBits.checkLayout()
    }

    /// Parses `text` and registers it under `name`, replacing any template of that name.
    public mutating func register(name: String, text: String) throws(TemplateError) {
        let template = try Template(name: name, text: text)
        templates[name] = template
        if let i = indices[name] {
            programs[i] = template.program
        } else {
            indices[name] = programs.count
            programs.append(template.program)
        }
        // Partials are resolved once here, not by name each time one is rendered.
        targets = programs.map { program in program.partials.map { indices[$0] ?? -1 } }
        pathBases = []
        pathCount = 0
        for program in programs {
            pathBases.append(pathCount)
            pathCount += program.paths.count
        }
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
        String(decoding: renderBytes(name, value), as: UTF8.self)
    }

    /// The UTF-8 bytes of `render(name, value)`, for a file: made into a `String` they would be
    /// checked to be UTF-8 again, which they are (templates and values are `String`s).
    public func renderBytes(_ name: String, _ value: Value) -> [UInt8] {
        guard let index = indices[name] else { return [] }
        // Rendered as UTF-8 bytes: appending to a String checks each piece for grapheme
        // boundaries, which was most of the cost of rendering.
        var out = OutputBuffer(capacity: 1 << 14)
        var indent: [UInt8] = []
        let hints = LookupHints.ofThisThread.pointer(count: pathCount)
        // The values are read where they stand in `value`'s tree, which nothing changes while
        // it renders (`Frames`): no value is copied, so none is retained and released.
        withUnsafePointer(to: value) { root in
            programs.withUnsafeBufferPointer { programs in
                var stack = Frames(root)
                run(programs[index], index, 0..<programs[index].instructions.count, programs, stack: &stack, indent: &indent, hints: hints, into: &out)
            }
        }
        return out.bytes()
    }

    /// Renders the instructions `range` of `program` (the program at `index` of `programs`).
    /// `indent` is what every line that starts inside a standalone partial begins with (empty
    /// outside one); `allHints` the thread's lookup hints for every program's paths (`LookupHints`).
    private func run(
        _ program: Program, _ index: Int, _ range: Range<Int>, _ programs: UnsafeBufferPointer<Program>, stack: inout Frames,
        indent: inout [UInt8], hints allHints: UnsafeMutablePointer<Int32>, into out: inout OutputBuffer
    ) {
        let hints = allHints + pathBases[index]
        var i = range.lowerBound
        while i < range.upperBound {
            let instruction = program.instructions[i]
            i += 1
            switch instruction.kind {
            case .text:
                let (a, b) = (Int(instruction.a), Int(instruction.b))
                program.text.withUnsafeBufferPointer { text in
                    let piece = UnsafeBufferPointer(rebasing: text[a..<b])
                    if indent.isEmpty {
                        out.append(piece)
                    } else {
                        Self.appendIndented(piece, indent: indent, into: &out)
                    }
                }
            case .variable:
                guard let value = lookup(program, instruction.a, in: stack, hint: &hints[Int(instruction.a)]) else { continue }
                // Inside an indented partial, a line that starts with a tag is indented like any other.
                if !indent.isEmpty, out.last == 0x0A, value.pointee.rendersText { out.append(indent) }
                if let text = Value.stringPlace(of: value) {
                    if instruction.b == 1 { Self.appendEscapingHTML(text.pointee, into: &out) } else { out.append(stringAt: text) }
                } else {
                    Self.appendText(of: value.pointee, escaped: instruction.b == 1, into: &out)
                }
            case .inverted:
                let body = i..<Int(instruction.b)
                i = body.upperBound
                if lookup(program, instruction.a, in: stack, hint: &hints[Int(instruction.a)])?.pointee.isFalsy ?? true {
                    run(program, index, body, programs, stack: &stack, indent: &indent, hints: allHints, into: &out)
                }
            case .section:
                let body = i..<Int(instruction.b)
                i = body.upperBound
                guard let value = lookup(program, instruction.a, in: stack, hint: &hints[Int(instruction.a)]) else { continue }
                switch value.pointee {
                case .bool(true):
                    run(program, index, body, programs, stack: &stack, indent: &indent, hints: allHints, into: &out)
                case .list(let items):
                    guard let first = Frames.elements(of: items) else { continue }
                    for k in 0..<items.count {
                        stack.push(first + k)
                        run(program, index, body, programs, stack: &stack, indent: &indent, hints: allHints, into: &out)
                        stack.pop()
                    }
                case .string, .object:
                    stack.push(value)
                    run(program, index, body, programs, stack: &stack, indent: &indent, hints: allHints, into: &out)
                    stack.pop()
                case .bool(false), .null:
                    break
                }
            case .partial:
                let target = targets[index][Int(instruction.a)]
                guard target >= 0 else { continue }
                let partialIndent = program.indents[Int(instruction.b)]
                let outer = indent.count
                indent += partialIndent
                if !partialIndent.isEmpty { out.append(indent) }
                run(programs[target], target, 0..<programs[target].instructions.count, programs, stack: &stack, indent: &indent, hints: allHints, into: &out)
                indent.removeLast(indent.count - outer)
            }
        }
    }

    /// Appends template text, indenting every line that starts within it.
    private static func appendIndented(_ text: UnsafeBufferPointer<UInt8>, indent: [UInt8], into out: inout OutputBuffer) {
        var lineStart = 0
        var first = true
        while true {
            var lineEnd = lineStart
            while lineEnd < text.count, text[lineEnd] != 0x0A { lineEnd += 1 }
            let line = UnsafeBufferPointer(rebasing: text[lineStart..<lineEnd])
            if !first {
                out.append(0x0A)
                if !line.isEmpty { out.append(indent) }
            } else if out.last == 0x0A, !line.isEmpty {
                out.append(indent)
            }
            out.append(line)
            first = false
            guard lineEnd < text.count else { return }
            lineStart = lineEnd + 1
        }
    }

    /// Where the value of the program's path number `path` stands in `stack`'s values; `hint` is
    /// where its first name was found last (`LookupHints`).
    @inline(__always)
    private func lookup(_ program: Program, _ path: Int32, in stack: Frames, hint: inout Int32) -> UnsafePointer<Value>? {
        program.paths.withUnsafeBufferPointer { lookup($0.baseAddress! + Int(path), in: stack, hint: &hint) }
    }

    /// Where the value a path names stands, the path read through a pointer into the program's
    /// paths (passing the path itself copied it, a retain and a release of its names, at every lookup).
    private func lookup(_ path: UnsafePointer<Program.Path>, in stack: Frames, hint: inout Int32) -> UnsafePointer<Value>? {
        guard let first = path.pointee.first else { return stack.top }
        var frame = stack.count
        var found: UnsafePointer<Value>?
        while frame > 0 {
            frame -= 1
            if let v = Value.field(of: stack[frame], first, hint: &hint) {
                found = v
                break
            }
        }
        guard var value = found, !path.pointee.rest.isEmpty else { return found }
        for key in path.pointee.rest {
            guard let v = Value.field(of: value, key) else { return nil }
            value = v
        }
        return value
    }

    /// Appends what interpolating `value` writes.
    @inline(__always)
    private static func appendText(of value: borrowing Value, escaped: Bool, into out: inout OutputBuffer) {
        switch value {
        case .string(let s):
            if escaped { appendEscapingHTML(s, into: &out) } else { out.append(s) }
        case .bool(let b): out.append(b ? "true" : "false")
        case .null, .list, .object: break
        }
    }

    static func appendEscapingHTML(_ s: String, into out: inout OutputBuffer) {
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out.append("&amp;")
            case UInt8(ascii: "<"): out.append("&lt;")
            case UInt8(ascii: ">"): out.append("&gt;")
            case UInt8(ascii: "\""): out.append("&quot;")
            default: out.append(byte)
            }
        }
    }
}

/// Per thread, where each template path's first name was found last: the index of its pair in
/// the object that had it. A view model builds its objects from the same literals again and
/// again, so the next object at that place holds the name at the same index, and one comparison
/// finds it where the pairs were compared from the last one back (a dozen per object here).
/// A hint is only ever tried: a wrong or stale one (another library's numbering, another shape)
/// costs one comparison.
final class LookupHints {
    private var base: UnsafeMutablePointer<Int32>?
    private var count = 0

    /// Room for `count` hints (new ones -1, none known).
    func pointer(count wanted: Int) -> UnsafeMutablePointer<Int32> {
        if wanted > count || base == nil {
            let grown = UnsafeMutablePointer<Int32>.allocate(capacity: max(wanted, 1))
            grown.initialize(repeating: -1, count: max(wanted, 1))
            if let base {
                grown.update(from: base, count: count)
                base.deallocate()
            }
            base = grown
            count = max(wanted, 1)
        }
        return base!
    }

    deinit { base?.deallocate() }

    /// This thread's own.
    static var ofThisThread: LookupHints { perThread.value }
    private static let perThread = PerThread { LookupHints() }
}
