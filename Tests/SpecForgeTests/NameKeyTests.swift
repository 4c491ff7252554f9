import SpecForgeBits
import Testing

@testable import SpecForgeLoad

/// `NameKey` is equal exactly when its strings are, and equal keys hash alike whichever way the
/// string is stored (in its own words, on the heap) and whichever Unicode spelling it has.
@Suite struct NameKeyTests {
    static let words: [String] = [
        "", "a", "id", "uuid", "name", "page_size", "customer_uuid", "fifteen_bytes__", "sixteen_bytes___",
        "a_name_of_thirty_one_bytes_long", "a_name_of_thirty_two_bytes_long_", String(repeating: "x", count: 100),
        "K", "Kelvin", "OK", "a;b", "`tick`", "\u{212A}", "\u{212A}elvin", "O\u{212A}", "a\u{37E}b", "\u{1FEF}tick\u{1FEF}",
        "caf\u{E9}", "cafe\u{301}", "Stra\u{DF}e", "\u{1F600}",
        "a_long_name_that_ends_in_K", "a_long_name_that_ends_in_\u{212A}", "a;long;name;with;semicolons", "a\u{37E}long;name;with;semicolons",
    ] + (0...40).map { String("abcdefghijklmnopqrstuvwxyz0123456789_ABCDEFGHIJ".prefix($0)) }

    static var probes: [String] { words + words.map(Fixtures.heapString) }

    @Test func isEqualExactlyWhenTheStringsAre() {
        for a in Self.probes {
            for b in Self.probes {
                #expect((NameKey(a) == NameKey(b)) == (a == b), "\(a) vs \(b)")
            }
        }
    }

    @Test func equalKeysHashAlike() {
        for seed in [0, 1, 42, -7, Int.max] {
            for a in Self.probes {
                for b in Self.probes where a == b {
                    #expect(NameKey(a)._rawHashValue(seed: seed) == NameKey(b)._rawHashValue(seed: seed), "\(a) vs \(b)")
                }
                #expect(NameKey(a).hashValue == NameKey(Fixtures.heapString(a)).hashValue)
            }
        }
        // The three ASCII characters a non-ASCII one can stand for.
        #expect(NameKey("K") == NameKey("\u{212A}"))
        #expect(NameKey("a;b").hashValue == NameKey("a\u{37E}b").hashValue)
    }

    @Test func spreadsNamesOverBuckets() {
        // 10,000 names that differ in one place: a table of 16,384 buckets, indexed by the low
        // bits as the standard library's are, gets no bucket much fuller than chance would.
        var buckets = [Int](repeating: 0, count: 1 << 14)
        for i in 0..<10_000 {
            buckets[NameKey("field_\(i)")._rawHashValue(seed: 12345) & (buckets.count - 1)] += 1
        }
        #expect(buckets.max()! <= 8)
        #expect(buckets.filter { $0 > 0 }.count > 6_500)
    }

    @Test func worksAsADictionaryKey() {
        var table: [NameKey: Int] = [:]
        for (i, word) in Self.words.enumerated() { table[NameKey(word), default: i] = i }
        for word in Self.probes {
            #expect(table[NameKey(word)] != nil, "\(word)")
        }
        // Equal words (Unicode's spellings of one word) are one key.
        #expect(table.count == Set(Self.words).count)
    }
}
