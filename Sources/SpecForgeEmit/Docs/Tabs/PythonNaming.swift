import SpecForgeBits

/// The names openapi-python-client (0.29) gives a generated client's package, modules, functions,
/// arguments and classes, by its rules (`utils.py`: `sanitize`, `split_words`, `snake_case`,
/// `pascal_case`, `fix_reserved_words`, `PythonIdentifier`, `ClassName`).
enum PythonNaming {
    /// Python's keywords and builtins (3.11) with `self`, `true`, `false` and `datetime`, less `id`:
    /// identifiers that get a `_` appended.
    static let reserved: Set<String> = Set(
        """
        False None True and as assert async await break class continue def del elif else except finally for from global
        if import in is lambda nonlocal not or pass raise return try while with yield
        ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup BlockingIOError BrokenPipeError
        BufferError BytesWarning ChildProcessError ConnectionAbortedError ConnectionError ConnectionRefusedError
        ConnectionResetError DeprecationWarning EOFError Ellipsis EncodingWarning EnvironmentError Exception
        ExceptionGroup FileExistsError FileNotFoundError FloatingPointError FutureWarning GeneratorExit IOError
        ImportError ImportWarning IndentationError IndexError InterruptedError IsADirectoryError KeyError
        KeyboardInterrupt LookupError MemoryError ModuleNotFoundError NameError NotADirectoryError NotImplemented
        NotImplementedError OSError OverflowError PendingDeprecationWarning PermissionError ProcessLookupError
        RecursionError ReferenceError ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration StopIteration
        SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError TypeError UnboundLocalError
        UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning UserWarning ValueError
        Warning ZeroDivisionError __build_class__ __debug__ __doc__ __import__ __loader__ __name__ __package__ __spec__
        abs aiter all anext any ascii bin bool breakpoint bytearray bytes callable chr classmethod compile complex
        copyright credits delattr dict dir divmod enumerate eval exec exit filter float format frozenset getattr
        globals hasattr hash help hex input int isinstance issubclass iter len license list locals map max
        memoryview min next object oct open ord pow print property quit range repr reversed round set setattr slice
        sorted staticmethod str sum super tuple type vars zip self true false datetime
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    static func isDelimiter(_ c: Character) -> Bool { c == "." || c == " " || c == "_" || c == "-" }

    /// Keeps word characters and the delimiters `. _-`.
    static func sanitize(_ s: String) -> String {
        if let bytes = ASCII.bytes(s) {
            return String(decoding: bytes.filter { $0.isASCIILetter || $0.isASCIIDigit || ASCII.isDelimiter($0) }, as: UTF8.self)
        }
        return sanitizeCharacters(s)
    }

    static func sanitizeCharacters(_ s: String) -> String {
        String(s.filter { $0.isLetter || $0.isNumber || $0 == "_" || isDelimiter($0) })
    }

    /// Words: with an upper-case letter present, each `[A-Z]?[a-z]+` run is a word of its own;
    /// then split on the delimiters. ASCII text is read as bytes, other text as characters.
    static func words(_ s: String) -> [String] {
        if let bytes = ASCII.bytes(s) { return words(of: bytes) }
        return wordsOfCharacters(s)
    }

    static func wordsOfCharacters(_ s: String) -> [String] { words(of: Array(s)) }

    static func words<Unit: NameUnit>(of s: [Unit]) -> [String] {
        guard s.contains(where: \.isUppercase) else { return Unit.split(s) }
        var out: [Unit] = []
        out.reserveCapacity(s.count + 8)
        var i = 0
        while i < s.count {
            var j = i
            if s[i].isASCIIUpper, i + 1 < s.count, s[i + 1].isASCIILower { j = i + 1 }
            if s[j].isASCIILower {
                var end = j
                while end < s.count, s[end].isASCIILower { end += 1 }
                out.append(.space)
                out += s[i..<end]
                out.append(.space)
                i = end
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return Unit.split(out)
    }

    static func snakeCase(_ s: String) -> String { words(sanitize(s)).joined(separator: "_").lowercased() }

    static func kebabCase(_ s: String) -> String { words(sanitize(s)).joined(separator: "-").lowercased() }

    static func pascalCase(_ s: String) -> String {
        words(sanitize(s)).map { w in
            w.allSatisfy({ !$0.isLetter || $0.isUppercase }) && w.contains(where: \.isLetter)
                ? w : DocsNaming.capitalized(Substring(w))
        }.joined()
    }

    static func fixReserved(_ s: String) -> String { reserved.contains(s) ? s + "_" : s }

    static func isIdentifier(_ s: String) -> Bool {
        if let bytes = ASCII.bytes(s) {
            guard let first = bytes.first, first.isASCIILetter || first == UInt8(ascii: "_") else { return false }
            return bytes.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit || $0 == UInt8(ascii: "_") }
        }
        guard let first = s.first, first.isLetter || first == "_" else { return false }
        return s.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    }

    /// `PythonIdentifier(value, prefix)`: snake case, reserved words fixed, `prefix` before what is
    /// still no identifier (or what started with `_`).
    static func identifier(_ value: String, prefix: String = "field_", skipSnakeCase: Bool = false) -> String {
        // Arguments and fields (the default): made once per name.
        if prefix == "field_", !skipSnakeCase { return fieldIdentifiers.value(value) { makeIdentifier($0, prefix: "field_", skipSnakeCase: false) } }
        return makeIdentifier(value, prefix: prefix, skipSnakeCase: skipSnakeCase)
    }

    private static let fieldIdentifiers = StringMemo()

    private static func makeIdentifier(_ value: String, prefix: String, skipSnakeCase: Bool) -> String {
        var out = sanitize(value)
        if !skipSnakeCase { out = snakeCase(out) }
        out = fixReserved(out)
        if !isIdentifier(out) || value.hasPrefix("_") { out = prefix + out }
        return out
    }

    /// `ClassName(value, prefix)`.
    static func className(_ value: String, prefix: String = "field_") -> String {
        let out = fixReserved(pascalCase(sanitize(value)))
        if isIdentifier(out) { return out }
        return fixReserved(pascalCase(sanitize(prefix + out)))
    }

    /// The package of a client generated for a document titled `title`: `Swagger Petstore` → `swagger_petstore_client`.
    static func package(title: String) -> String {
        (kebabCase(title) + "-client").replacingAll("-", with: "_")
    }

    /// The name of an operation without operationId: `get_pets_petId` for `GET /pets/{petId}`.
    static func generatedOperationId(method: String, path: String) -> String {
        var clean = path.replacingAll("{", with: "").replacingAll("}", with: "").replacingAll("/", with: "_")
        if clean.hasPrefix("_") { clean.removeFirst() }
        if clean.hasSuffix("_") { clean.removeLast() }
        return "\(method)_\(clean)"
    }
}

extension PythonNaming {
    /// The same rules on ASCII text, read as bytes (`UInt8.isASCIILetter` and the others).
    enum ASCII {
        /// The UTF-8 bytes of `s` when all of them are ASCII.
        static func bytes(_ s: String) -> [UInt8]? {
            TextScan.isASCII(s) ? Array(s.utf8) : nil
        }

        /// `.`, space, `_` and `-`.
        static func isDelimiter(_ c: UInt8) -> Bool { c == 0x2E || c == 0x20 || c == 0x5F || c == 0x2D }
    }
}

/// What a name is read as by `PythonNaming.words`: characters, or bytes when it is ASCII (where
/// each byte is a character and has the same properties).
protocol NameUnit: Equatable {
    /// An upper-case letter of any script (`Character.isUppercase`).
    var isUppercase: Bool { get }
    var isASCIIUpper: Bool { get }
    var isASCIILower: Bool { get }
    static var space: Self { get }
    /// The text split on the delimiters `. _-`, as words.
    static func split(_ text: [Self]) -> [String]
}

extension Character: NameUnit {
    var isASCIIUpper: Bool { isASCII && isUppercase }
    var isASCIILower: Bool { isASCII && isLowercase }
    static var space: Character { " " }
    static func split(_ text: [Character]) -> [String] {
        String(text).split(whereSeparator: PythonNaming.isDelimiter).map(String.init)
    }
}

extension UInt8: NameUnit {
    var isUppercase: Bool { isASCIIUpper }
    static var space: UInt8 { 0x20 }
    static func split(_ text: [UInt8]) -> [String] {
        text.split(whereSeparator: PythonNaming.ASCII.isDelimiter).map { String(decoding: $0, as: UTF8.self) }
    }
}
