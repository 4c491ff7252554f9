import SpecForgeBits
import SpecForgeIR

/// Words and names in the reference: titles, anchors, and the names the example clients use.
enum DocsNaming {
    static let crudSuffixes = ["_partial_update", "_retrieve", "_list", "_create", "_update", "_destroy"]

    /// `aws-sql-servers` → `Aws Sql Servers`.
    static func title(ofKey key: String) -> String {
        parts(of: key, between: "-", omittingEmpty: false).map { capitalizedFirst($0) }.joined(separator: " ")
    }

    static func capitalizedFirst(_ s: Substring) -> String {
        guard let f = s.first else { return "" }
        return f.uppercased() + s.dropFirst()
    }

    /// Python's `str.capitalize()`: first letter upper, the rest lower.
    static func capitalized(_ s: Substring) -> String {
        guard let f = s.first else { return "" }
        return f.uppercased() + s.dropFirst().lowercased()
    }

    /// `reboot_guest` → `Reboot guest`.
    static func humanized(_ segment: Substring) -> String {
        let spaced = String(segment).replacingAll("_", with: " ").replacingAll("-", with: " ")
        return capitalizedFirst(Substring(spaced))
    }

    /// The first line of `text` when it is 1 to 80 characters long.
    static func usableFirstLine(_ text: String?) -> String? {
        guard let text else { return nil }
        if let line = asciiFirstLine(text) { return line.isUsable ? line.text : nil }
        var line = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        // Trailing spaces would end the heading's anchor in `-`, which no Markdown renderer makes.
        while line.last == " " || line.last == "\t" { line.removeLast() }
        return (1...80).contains(line.count) ? String(line) : nil
    }

    /// The first line of ASCII text read on bytes, nil when the line holds another byte: it ends
    /// at the first line feed not after a carriage return (a CR LF pair is one character, as
    /// `split(separator: "\n")` reads it), without its trailing spaces and tabs; usable when
    /// it is 1 to 80 characters long (each CR LF pair one).
    static func asciiFirstLine(_ text: String) -> (text: String, isUsable: Bool)? {
        let bytes = text.utf8
        var end = bytes.startIndex
        var previous: UInt8 = 0
        while end < bytes.endIndex {
            let byte = bytes[end]
            guard byte < 0x80 else { return nil }
            if byte == 0x0A, previous != 0x0D { break }
            previous = byte
            end = bytes.index(after: end)
        }
        var line = Array(bytes[bytes.startIndex..<end])
        while let last = line.last, last == 0x20 || last == 0x09 { line.removeLast() }
        var pairs = 0
        for i in line.indices.dropFirst() where line[i] == 0x0A && line[i - 1] == 0x0D { pairs += 1 }
        return (String(decoding: line, as: UTF8.self), (1...80).contains(line.count - pairs))
    }

    /// The `### title` of an operation.
    static func title(of op: OperationIR) -> String {
        if let s = usableFirstLine(op.summary) { return s }
        if var d = usableFirstLine(op.description) {
            if d.hasSuffix(".") { d.removeLast() }
            return d
        }
        var suffix: String?
        var stem = op.operationId
        for s in crudSuffixes where op.operationId.hasSuffix(s) {
            suffix = String(s.dropFirst())
            stem = String(op.operationId.dropLast(s.count))
            break
        }
        // An ASCII path's `/` characters are its `/` bytes: split on bytes.
        let asciiPath = TextScan.isASCII(op.path)
        let segments: [Substring] =
            asciiPath ? op.path.utf8.split(separator: UInt8(ascii: "/")).map { Substring($0) } : op.path.split(separator: "/")
        let hasParameter = segments.contains { asciiPath ? $0.utf8.first == UInt8(ascii: "{") : $0.hasPrefix("{") }
        let lastWord = words(of: op.operationId).last.map { capitalized($0) } ?? ""
        guard let last = segments.last else { return lastWord }
        if asciiPath ? last.utf8.first == UInt8(ascii: "{") : last.hasPrefix("{") {
            switch suffix {
            case "retrieve", "list": return "Retrieve"
            case "update": return "Update"
            case "partial_update": return "Partial Update"
            case "destroy": return "Delete"
            case "create": return "Create"
            default: return lastWord
            }
        }
        let namedSegment = segments.count > 2 && (last.contains("_") || last.contains("-"))
        if !hasParameter, op.method == .get, suffix == "list" || suffix == "retrieve" {
            if namedSegment { return humanized(last) }
            return "List " + words(of: stem).map { capitalized($0) }.joined(separator: " ")
        }
        if !hasParameter, suffix == "create" {
            return namedSegment ? humanized(last) : "Create"
        }
        if segments.count == 2, suffix == nil { return lastWord }
        return humanized(last)
    }

    /// The non-empty parts of `name` between `_`s (`parts(of:between:)`: splitting a String walks
    /// it character by character, where a combining mark after a `_` makes one of the two).
    static func words(of name: String) -> [Substring] { parts(of: name, between: "_") }

    /// The parts of `text` between `separator`s (an ASCII character), as `split` makes them:
    /// on bytes when `text` is ASCII, on characters otherwise.
    static func parts(of text: String, between separator: Unicode.Scalar, omittingEmpty: Bool = true) -> [Substring] {
        guard TextScan.isASCII(text) else {
            return text.split(separator: Character(separator), omittingEmptySubsequences: omittingEmpty)
        }
        return text.utf8.split(separator: UInt8(ascii: separator), omittingEmptySubsequences: omittingEmpty).map { Substring($0) }
    }

    /// GitHub-style heading anchor: lower case, only word characters, spaces and `-` kept, spaces → `-`.
    static func anchor(_ title: String) -> String {
        // ASCII text: the same on bytes (its letters are A–Z and a–z, its digits 0–9).
        if TextScan.isASCII(title) {
            var out: [UInt8] = []
            out.reserveCapacity(title.utf8.count)
            for byte in title.utf8 {
                let c = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                if c == 0x20 {
                    out.append(UInt8(ascii: "-"))
                } else if c == UInt8(ascii: "-") || c == UInt8(ascii: "_") || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) {
                    out.append(c)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
        var out = ""
        for c in title.lowercased() {
            if c == " " { out.append("-") }
            else if c == "-" || c == "_" || c.isLetter || c.isNumber { out.append(c) }
        }
        return out
    }

    /// openapi-python-client's module name of a class: `AgentProcessorCreateRequest` → `agent_processor_create_request`.
    static func snakeCase(_ name: String) -> String {
        // ASCII text: the same rules on bytes (a character is a byte, or a CR LF pair that is
        // neither a letter nor a digit, like each of its bytes).
        if TextScan.isASCII(name) {
            let bytes = Array(name.utf8)
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 8)
            for (i, b) in bytes.enumerated() {
                if b.isASCIIUpper, i > 0 {
                    let prev = bytes[i - 1]
                    let nextIsLower = i + 1 < bytes.count && bytes[i + 1].isASCIILower
                    if prev.isASCIILower || prev.isASCIIDigit || (prev.isASCIIUpper && nextIsLower) { out.append(UInt8(ascii: "_")) }
                }
                out.append(b.isASCIIUpper ? b + 0x20 : b)
            }
            return String(decoding: out, as: UTF8.self)
        }
        let chars = Array(name)
        var out = ""
        for (i, c) in chars.enumerated() {
            if c.isUppercase, i > 0 {
                let prev = chars[i - 1]
                let next = i + 1 < chars.count ? chars[i + 1] : nil
                // `HTTPServer` → `http_server`; `fooBar` / `foo1Bar` → `foo_bar` / `foo1_bar`.
                if prev.isLowercase || prev.isNumber || (prev.isUppercase && next?.isLowercase == true) {
                    out.append("_")
                }
            }
            out.append(contentsOf: c.lowercased())
        }
        return out
    }

    /// `keys_history_at_retrieve` → `keysHistoryAtRetrieve`.
    static func camelCase(_ id: String) -> String {
        // ASCII text: the same on bytes, each letter after a `_` upper case.
        if TextScan.isASCII(id) {
            var out: [UInt8] = []
            out.reserveCapacity(id.utf8.count)
            var afterUnderscore = false
            for b in id.utf8 {
                if b == UInt8(ascii: "_") {
                    afterUnderscore = true
                    continue
                }
                out.append(afterUnderscore && b >= 0x61 && b <= 0x7A ? b - 0x20 : b)
                afterUnderscore = false
            }
            return String(decoding: out, as: UTF8.self)
        }
        let parts = id.split(separator: "_", omittingEmptySubsequences: false)
        guard let first = parts.first else { return id }
        return String(first) + parts.dropFirst().map { capitalizedFirst($0) }.joined()
    }

    /// The singular of an English plural, by the common suffix rules:
    /// `identities` → `identity`, `ingresses` → `ingress`, `statuses` → `status`, `services` → `service`.
    static func singular(_ word: Substring) -> String {
        // Read as a String: its suffix and count checks take a fast path for ASCII text.
        singular(String(word))
    }

    static func singular(_ word: String) -> String {
        if word.hasSuffix("ies"), word.count > 3 { return word.dropLast(3) + "y" }
        for ending in ["sses", "xes", "ches", "shes", "uses"] where word.hasSuffix(ending) {
            return String(word.dropLast(2))
        }
        if word.hasSuffix("ss") || word.hasSuffix("us") { return String(word) }
        if word.hasSuffix("s"), word.count > 1 { return String(word.dropLast()) }
        return String(word)
    }
}


extension DocsNaming {
    /// A resource key as a file name: lower case, runs of characters other than letters, digits,
    /// `-` and `_` written `-` (`Pet Store` → `pet-store`, `{owner}` → `owner`); `default` when nothing is left.
    static func fileName(_ key: String) -> String {
        var out = ""
        var pendingDash = false
        for c in key.lowercased() {
            if c.isASCII && (c.isLetter || c.isNumber || c == "-" || c == "_") {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.append(c)
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? "default" : out
    }
}

extension DocsNaming {
    /// `PetStore` → `petStore`.
    static func lowerFirst(_ s: String) -> String {
        guard let f = s.first else { return s }
        return f.lowercased() + s.dropFirst()
    }
}
