import Foundation
import PackagePlugin

/// Generates a target's Swift models and client at build time from the OpenAPI document its
/// `specforge.yaml` names. SwiftPM reruns it only when the config or a spec file changed.
@main
struct SpecForgePlugin: BuildToolPlugin {
    /// The files the plugin always writes (SwiftPM needs them known before it runs).
    static let outputs = ["Types.swift", "Client.swift", "Support.swift"]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let files = target.sourceFiles.map(\.url)
        guard let config = files.first(where: { $0.lastPathComponent == "specforge.yaml" }) else {
            throw PluginError("target '\(target.name)' has no specforge.yaml naming its OpenAPI document")
        }
        // Every YAML or JSON file of the target may be part of the spec (`$ref`s across files).
        let inputs = files.filter { ["yaml", "yml", "json"].contains($0.pathExtension) }
        let output = context.pluginWorkDirectoryURL.appending(path: "GeneratedSources")
        return [
            .buildCommand(
                displayName: "Generating Swift for \(target.name) from \(config.lastPathComponent)",
                executable: try context.tool(named: "specforge").url,
                arguments: ["build-plugin", "--config", config.path, "--output", output.path, "--module", target.moduleName],
                inputFiles: inputs,
                outputFiles: Self.outputs.map { output.appending(path: $0) }
            )
        ]
    }
}

struct PluginError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
