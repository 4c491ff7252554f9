#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// Every occurrence of `target` replaced by `replacement`, matched byte for byte in UTF-8.
    ///
    /// What Foundation's `replacingOccurrences(of:with:)` does for the plain ASCII targets the
    /// generators replace (`\n`, `-`, `{key}`...), without bridging to `NSString`: on the Waldur
    /// spec that bridging was a sixth of all instructions. Returns `self` untouched (no copy)
    /// when `target` does not occur.
    public func replacingAll(_ target: String, with replacement: String) -> String {
        var source = self
        var needle = target
        let result = source.withUTF8 { s in
            needle.withUTF8 { t in Self.replace(t, in: s, with: replacement) }
        }
        return result ?? self
    }

    /// nil when `t` does not occur in `s` (or is empty).
    private static func replace(_ t: UnsafeBufferPointer<UInt8>, in s: UnsafeBufferPointer<UInt8>, with replacement: String) -> String? {
        guard !t.isEmpty, var found = s.firstRange(of: t) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(s.count + Swift.max(0, replacement.utf8.count - t.count) * 4)
        var copied = 0
        while true {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: s[copied..<found.lowerBound]))
            out.append(contentsOf: replacement.utf8)
            copied = found.upperBound
            guard let next = s.firstRange(of: t, from: copied) else { break }
            found = next
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: s[copied...]))
        return String(decoding: out, as: UTF8.self)
    }
}

extension StringProtocol {
    /// The text without the spaces and tabs at its ends: Foundation's
    /// `trimmingCharacters(in: .whitespaces)` (Unicode's space separators, U+0009 and, as
    /// swift-corelibs-foundation's set has it, U+200B), trimmed scalar by scalar as it does.
    public func trimmingSpaces() -> String { trimming(isSpace) }

    /// The text without white space or line breaks at its ends: Foundation's
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` (also U+000A–U+000D, U+0085, U+2028, U+2029).
    public func trimmingSpacesAndNewlines() -> String {
        trimming { scalar in
            switch scalar.value {
            case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
            default: return isSpace(scalar)
            }
        }
    }

    private func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
    }

    private func trimming(_ isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isTrimmed($0) })!
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[first...last])
        return String(out)
    }
}

extension StringProtocol {
    /// Whether `needle` occurs in the text, matched byte for byte in UTF-8: what Foundation's
    /// `contains(_:)` did for the ASCII needles here (`://`, `fatalError(`). The standard
    /// library's own `contains` on strings builds a table of characters for each search, which
    /// made a document with many description lines several milliseconds slower.
    public func containsUTF8(_ needle: String) -> Bool { firstUTF8Range(of: needle) != nil }

    /// The first occurrence of `needle`, matched byte for byte in UTF-8 (its bounds are the
    /// bounds of those bytes in the text).
    public func firstUTF8Range(of needle: String) -> Range<Index>? {
        let search = { (text: UnsafeBufferPointer<UInt8>) -> Range<Int>? in
            var pattern = needle
            return pattern.withUTF8 { text.firstRange(of: $0) }
        }
        let found: Range<Int>?
        if let result = utf8.withContiguousStorageIfAvailable(search) {
            found = result
        } else {
            // A text without contiguous UTF-8 (bridged) is searched in a native copy.
            found = String(self).utf8.withContiguousStorageIfAvailable(search) ?? nil
        }
        guard let found else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: found.lowerBound)
        return start..<utf8.index(start, offsetBy: found.count)
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// The offsets of the first occurrence of `pattern` at or after `from`, matched byte for byte
    /// (candidates found with `memchr`: the text may be a page of megabytes). An empty pattern
    /// occurs at `from`.
    public func firstRange(of pattern: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Range<Int>? {
        guard let head = pattern.first else { return from..<from }
        guard let base = baseAddress, count - from >= pattern.count else { return nil }
        let last = count - pattern.count
        var i = from
        while i <= last, let hit = memchr(base + i, Int32(head), last - i + 1) {
            i = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            if memcmp(base + i, pattern.baseAddress!, pattern.count) == 0 { return i..<i + pattern.count }
            i += 1
        }
        return nil
    }
}
