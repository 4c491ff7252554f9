import Foundation
import PackagePlugin

/// Embeds the package's `Templates/` into the target as Swift string literals, so that the
/// `specforge` binary carries its built-in templates and needs no files beside it.
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let templates = context.package.directoryURL.appending(path: "Templates")
        let files = (FileManager.default.subpaths(atPath: templates.path) ?? [])
            .filter { $0.hasSuffix(".mustache") || $0.hasSuffix(".yaml") }
            .sorted()
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltinTemplates.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) templates",
                executable: try context.tool(named: "embed-templates").url,
                arguments: [templates.path, output.path] + files,
                inputFiles: files.map { templates.appending(path: $0) },
                outputFiles: [output]
            )
        ]
    }
}
