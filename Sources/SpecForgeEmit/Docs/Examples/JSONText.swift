import SpecForgeBits
import SpecForgeIR

/// JSON text of example values, written the way the example tabs' languages print them.
enum JSONText {
    /// `{"a":1,"b":[2]}`: no spaces.
    static func compact(_ v: JSONValue) -> String {
        var out = ""
        write(v, into: &out, indent: nil, level: 0, itemSeparator: ",", keySeparator: ":", asciiOnly: true)
        return out
    }

    /// `{"a": 1, "b": [2]}`: one space after `,` and `:`.
    static func spaced(_ v: JSONValue) -> String {
        var out = ""
        write(v, into: &out, indent: nil, level: 0, itemSeparator: ", ", keySeparator: ": ", asciiOnly: true)
        return out
    }

    /// Pretty-printed with `indent` spaces a level; every line after the first is further
    /// indented by `continuation` spaces (to sit inside the surrounding code).
    static func pretty(_ v: JSONValue, indent: Int, continuation: Int, asciiOnly: Bool = true) -> String {
        var out = ""
        write(v, into: &out, indent: indent, level: 0, itemSeparator: ",", keySeparator: ": ", asciiOnly: asciiOnly)
        guard continuation > 0 else { return out }
        return out.replacingAll("\n", with: "\n" + String(repeating: " ", count: continuation))
    }

    private static func write(
        _ v: JSONValue, into out: inout String, indent: Int?, level: Int, itemSeparator: String, keySeparator: String,
        asciiOnly: Bool
    ) {
        func newline(_ l: Int) {
            guard let indent else { return }
            out += "\n" + String(repeating: " ", count: indent * l)
        }
        switch v {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += number(d)
        case .string(let s): quote(s, into: &out, asciiOnly: asciiOnly)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += itemSeparator }
                newline(level + 1)
                write(item, into: &out, indent: indent, level: level + 1, itemSeparator: itemSeparator, keySeparator: keySeparator, asciiOnly: asciiOnly)
            }
            newline(level)
            out += "]"
        case .object(let pairs):
            if pairs.isEmpty { out += "{}"; return }
            out += "{"
            for (i, pair) in pairs.enumerated() {
                if i > 0 { out += itemSeparator }
                newline(level + 1)
                quote(pair.key, into: &out, asciiOnly: asciiOnly)
                out += keySeparator
                write(pair.value, into: &out, indent: indent, level: level + 1, itemSeparator: itemSeparator, keySeparator: keySeparator, asciiOnly: asciiOnly)
            }
            newline(level)
            out += "}"
        }
    }

    /// Like Python's `repr(float)`: shortest round-trip digits, always with a `.` or exponent.
    static func number(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        if d == d.rounded(), abs(d) < 1e16 { return String(Int(d)) + ".0" }
        return String(d)
    }

    static func quote(_ s: String, into out: inout String, asciiOnly: Bool) {
        out += "\""
        // Nothing to escape (no quote, backslash or control byte, and no non-ASCII byte when
        // only ASCII may be written): the text as it is, at once.
        if !TextScan.needsEscape(s, nonASCII: asciiOnly) {
            out += s
            out += "\""
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 || (asciiOnly && scalar.value > 0x7F) {
                    if scalar.value > 0xFFFF {
                        let v = scalar.value - 0x10000
                        out += hex4(0xD800 + (v >> 10)) + hex4(0xDC00 + (v & 0x3FF))
                    } else {
                        out += hex4(scalar.value)
                    }
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    private static func hex4(_ v: UInt32) -> String {
        let h = String(v, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - h.count) + h
    }
}

