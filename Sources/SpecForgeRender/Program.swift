/// A template flattened into a list of instructions, the form it is rendered from: the parsed
/// nodes' nesting becomes jumps, their text one byte buffer, their names a table. Rendering then
/// walks plain integers instead of nested enums, which cost a retain and a release each time they
/// were read. A class, so that entering a partial passes one reference, not its five arrays.
final class Program: Sendable {
    enum Kind: UInt8, Sendable {
        /// `text[a..<b]`.
        case text
        /// The value of `paths[a]`, HTML-escaped when `b` is 1.
        case variable
        /// The section over `paths[a]`: its body is the instructions up to `b`.
        case section
        /// The inverted section over `paths[a]`, its body up to `b`.
        case inverted
        /// The partial named `partials[a]`, indented by `indents[b]`.
        case partial
    }

    struct Instruction: Sendable {
        var kind: Kind
        var a: Int32
        var b: Int32
    }

    /// A dotted name: its first name (looked up through the enclosing values) and the names below
    /// it. No names at all stands for the implicit iterator.
    struct Path: Sendable {
        var first: FieldKey?
        var rest: [FieldKey]
    }

    let instructions: [Instruction]
    let text: [UInt8]
    let paths: [Path]
    /// The names of the partials, and what stands before each standalone one on its line.
    let partials: [String]
    let indents: [[UInt8]]

    init(_ nodes: [TemplateNode]) {
        var builder = Builder()
        builder.append(nodes)
        (instructions, text, paths, partials, indents) = (builder.instructions, builder.text, builder.paths, builder.partials, builder.indents)
    }
}

extension Program {
    /// The arrays of a program as its nodes are flattened into them.
    private struct Builder {
        var instructions: [Instruction] = []
        var text: [UInt8] = []
        var paths: [Path] = []
        var partials: [String] = []
        var indents: [[UInt8]] = []

        mutating func append(_ nodes: [TemplateNode]) {
            for node in nodes {
                switch node {
                case .text(let bytes):
                    let start = Int32(text.count)
                    text += bytes
                    instructions.append(Instruction(kind: .text, a: start, b: Int32(text.count)))
                case .variable(let path, let escaped):
                    instructions.append(Instruction(kind: .variable, a: add(path), b: escaped ? 1 : 0))
                case .section(let path, let children, let inverted):
                    let at = instructions.count
                    instructions.append(Instruction(kind: inverted ? .inverted : .section, a: add(path), b: 0))
                    append(children)
                    instructions[at].b = Int32(instructions.count)
                case .partial(let name, let indent):
                    partials.append(name)
                    indents.append(indent)
                    instructions.append(Instruction(kind: .partial, a: Int32(partials.count - 1), b: Int32(indents.count - 1)))
                }
            }
        }

        private mutating func add(_ names: [String]) -> Int32 {
            paths.append(Path(first: names.first.map(FieldKey.init), rest: names.dropFirst().map(FieldKey.init)))
            return Int32(paths.count - 1)
        }
    }
}
