import ArgumentParser

@main
struct SpecForgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "specforge",
        abstract: "Generates Swift models, a Swift client and Markdown API reference pages from an OpenAPI document.",
        subcommands: [Generate.self, Check.self, Diff.self, BuildPlugin.self],
        defaultSubcommand: Generate.self
    )

    static func main() {
        Heap.prepare()
        main(nil)
        // A run that did not fail ends here (a failed one exits inside `main(nil)`).
        Heap.releaseAfterExit()
    }
}
