/// Whether a text is a date and time `ISO8601DateFormatter()` reads (its default options,
/// `.withInternetDateTime`): `2024-05-01T12:30:00Z` or with an offset, `…+02:00`. The Swift
/// tab writes `ISO8601DateFormatter().date(from: "…")!` only for such a value; the test suite
/// holds this to the formatter itself.
///
/// The formatter reads far more (`2023-1-01T1:00:00 Z`, `…+0100`, `…GMT`); this reads that
/// one shape, with the formatter's leniency in it: any month has days 1–31 (the 31st of April is
/// the 1st of May) and hour 24 is the next day's first. A value it does not accept is shown as
/// `Date()` instead, never as code that would trap.
enum InternetDateTime {
    static func isValid(_ text: String) -> Bool {
        let b = Array(text.utf8)
        // yyyy-MM-ddTHH:mm:ss then Z or ±HH:mm.
        guard b.count == 20 || b.count == 25 else { return false }
        func number(_ at: Int, _ digits: Int) -> Int? {
            var n = 0
            for i in at..<at + digits {
                guard b[i].isASCIIDigit else { return nil }
                n = n * 10 + Int(b[i] - UInt8(ascii: "0"))
            }
            return n
        }
        guard b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T"), b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"),
            let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
            let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
            year >= 0, (1...12).contains(month), (1...31).contains(day), hour <= 24, minute < 60, second < 60
        else { return false }
        if b.count == 20 { return b[19] == UInt8(ascii: "Z") }
        guard b[19] == UInt8(ascii: "+") || b[19] == UInt8(ascii: "-"), b[22] == UInt8(ascii: ":"),
            let offsetHours = number(20, 2), let offsetMinutes = number(23, 2)
        else { return false }
        return offsetHours < 24 && offsetMinutes < 60
    }
}
