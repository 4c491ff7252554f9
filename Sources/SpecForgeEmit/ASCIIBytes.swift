/// Classes of ASCII bytes, for names read as bytes when they are ASCII: there each byte is a
/// character, and these say of it what Swift's character properties say.
extension UInt8 {
    /// `A`–`Z`.
    var isASCIIUpper: Bool { self &- UInt8(ascii: "A") < 26 }
    /// `a`–`z`.
    var isASCIILower: Bool { self &- UInt8(ascii: "a") < 26 }
    var isASCIILetter: Bool { isASCIIUpper || isASCIILower }
    /// `0`–`9`.
    var isASCIIDigit: Bool { self &- UInt8(ascii: "0") < 10 }
}
