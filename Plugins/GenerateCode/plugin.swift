import Foundation
import PackagePlugin

/// `swift package generate-code`: regenerates the committed output that the package's
/// `specforge.yaml` names, in place. Arguments are passed on to `specforge generate`.
@main
struct GenerateCode: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let process = Process()
        process.executableURL = try context.tool(named: "specforge").url
        process.arguments = ["generate"] + arguments
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            Diagnostics.error("specforge generate failed with status \(process.terminationStatus)")
            throw GenerateError(status: process.terminationStatus)
        }
    }
}

struct GenerateError: Error, CustomStringConvertible {
    var status: Int32
    var description: String { "specforge generate exited with status \(status)" }
}
