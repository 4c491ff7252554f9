import Foundation
import PackagePlugin

/// Generates a target's Swift models and client at build time from the OpenAPI document its
/// `specforge.yaml` names. SwiftPM reruns it only when the config or a spec file changed.
///
/// SwiftPM needs the output files known before the generator runs, so the SDK goes into a fixed
/// set of shards (`Types-00.swift …`, `Client-00.swift …`, `Client.swift`, `Support.swift`);
/// their number is `swift.shards` of the config (32 when it names none).
@main
struct SpecForgePlugin: BuildToolPlugin {
    static let defaultShards = 32

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let files = target.sourceFiles.map(\.url)
        guard let config = files.first(where: { $0.lastPathComponent == "specforge.yaml" }) else {
            throw PluginError("target '\(target.name)' has no specforge.yaml naming its OpenAPI document")
        }
        let shards = try Self.shardCount(config)
        // Every YAML or JSON file of the target may be part of the spec (`$ref`s across files).
        let inputs = files.filter { ["yaml", "yml", "json"].contains($0.pathExtension) }
        let output = context.pluginWorkDirectoryURL.appending(path: "GeneratedSources")
        return [
            .buildCommand(
                displayName: "Generating Swift for \(target.name) from \(config.lastPathComponent)",
                executable: try context.tool(named: "specforge").url,
                arguments: [
                    "build-plugin", "--config", config.path, "--output", output.path, "--module", target.moduleName,
                    "--shards", String(shards),
                ],
                inputFiles: inputs,
                outputFiles: Self.fileNames(shards: shards).map { output.appending(path: $0) }
            )
        ]
    }

    /// The same names, in the same format, as the generator's sharded layout.
    static func fileNames(shards: Int) -> [String] {
        let width = max(2, String(shards - 1).count)
        func suffix(_ i: Int) -> String { String(repeating: "0", count: width - String(i).count) + String(i) }
        return ["Client.swift", "Support.swift"]
            + (0..<shards).map { "Types-\(suffix($0)).swift" }
            + (0..<shards).map { "Client-\(suffix($0)).swift" }
    }

    /// `shards: N` under `swift:` in the config. The plugin cannot link the generator's YAML
    /// reader, so it reads this one key by line; the generator reads the whole config and
    /// stops with an error if the two ever disagree.
    static func shardCount(_ config: URL) throws -> Int {
        let text = try String(contentsOf: config, encoding: .utf8)
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.drop { $0 == " " }
            guard trimmed.hasPrefix("shards:") else { continue }
            let value = trimmed.dropFirst("shards:".count).prefix { $0 != "#" }.trimmingCharacters(in: .whitespaces)
            guard let n = Int(value), (1...256).contains(n) else {
                throw PluginError("\(config.path): swift.shards must be a whole number from 1 to 256, found '\(value)'")
            }
            return n
        }
        return defaultShards
    }
}

struct PluginError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
