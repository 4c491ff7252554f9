import Foundation

// embed-templates DIR OUTPUT FILE...: writes OUTPUT, a Swift file holding each FILE under DIR
// as a raw string literal keyed by its path relative to DIR.
let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: embed-templates DIR OUTPUT [FILE...]\n".utf8))
    exit(2)
}
let directory = URL(fileURLWithPath: arguments[1])
var swift = "// Generated from Templates/ at build time. Do not edit.\n\n"
swift += "enum BuiltinTemplates {\n    static let files: [(path: String, text: String)] = [\n"
for relative in arguments.dropFirst(3) {
    let text = try String(contentsOf: directory.appending(path: relative), encoding: .utf8)
    var hashes = "#"
    while text.contains("\"" + hashes) || text.contains(hashes + "\"") || text.contains("\\" + hashes) { hashes += "#" }
    swift += "        (\"\(relative)\", \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)),\n"
}
swift += "    ]\n}\n"
let output = URL(fileURLWithPath: arguments[2])
if (try? String(contentsOf: output, encoding: .utf8)) != swift {
    try swift.write(to: output, atomically: true, encoding: .utf8)
}
