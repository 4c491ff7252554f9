import Foundation

// embed-templates [ROOT]: compiles the built-in templates, every `.mustache` and `.yaml` file
// under ROOT/Templates, into ROOT/Sources/SpecForgeEmit/BuiltinTemplates.swift, so that the
// specforge binary carries them. Run it (`swift run embed-templates`) after editing Templates/;
// a test fails while the two differ.
let root = URL(fileURLWithPath: CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : FileManager.default.currentDirectoryPath)
let templates = root.appending(path: "Templates")
let output = root.appending(path: "Sources/SpecForgeEmit/BuiltinTemplates.swift")
let files = (FileManager.default.subpaths(atPath: templates.path) ?? [])
    .filter { $0.hasSuffix(".mustache") || $0.hasSuffix(".yaml") }
    .sorted()
var swift = "// Generated from Templates/ by `swift run embed-templates`. Do not edit.\n\n"
swift += "enum BuiltinTemplates {\n    static let files: [(path: String, text: String)] = [\n"
for relative in files {
    let text = try String(contentsOf: templates.appending(path: relative), encoding: .utf8)
    var hashes = "#"
    while text.contains("\"" + hashes) || text.contains(hashes + "\"") || text.contains("\\" + hashes) { hashes += "#" }
    swift += "        (\"\(relative)\", \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)),\n"
}
swift += "    ]\n}\n"
if (try? String(contentsOf: output, encoding: .utf8)) != swift {
    try swift.write(to: output, atomically: true, encoding: .utf8)
    print("embed-templates: wrote \(output.path) (\(files.count) templates)")
} else {
    print("embed-templates: \(files.count) templates, unchanged")
}
