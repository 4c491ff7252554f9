import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SpecForgeEmit
import SpecForgeKit
import SpecForgeParse
import SpecForgeWrite

/// What the SwiftPM build plugin runs: the Swift output of a target's `specforge.yaml` in the
/// sharded layout (`SwiftShards`), whose file names the plugin declares before it runs.
struct BuildPlugin: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build-plugin",
        abstract: "Generate a target's Swift SDK for the SwiftPM build plugin (Client.swift, Support.swift, Types-NN.swift, Client-NN.swift).",
        shouldDisplay: false
    )

    @Option(help: "The target's specforge.yaml.")
    var config: String

    @Option(help: "The plugin's output directory.")
    var output: String

    @Option(help: "The target's module name.")
    var module: String

    @Option(help: "The number of Types and Client shards the plugin declared.")
    var shards: Int = SwiftShards.defaultCount

    func run() throws {
        let planned = try Runner.report {
            var planned: [PlannedOutput] = []
            let jobs = try ConfigFile.load(config, requireOutputs: false)
            for (i, var job) in jobs.enumerated() {
                if let configured = job.swift?.shards, configured != shards {
                    throw PluginMismatch(config: config, configured: configured, declared: shards)
                }
                job.docs = nil
                var swift = Job.Swift(output: output, module: module, access: job.swift?.access ?? "internal", shards: shards)
                swift.credentialPrefixes = job.swift?.credentialPrefixes ?? [:]
                job.swift = swift
                var warnings: [Diagnostic] = []
                var timings = Pipeline.Timings()
                planned += try Pipeline.run(job, warnings: &warnings, timings: &timings, lifetime: i == jobs.count - 1 ? .untilExit : .freed)
                for w in warnings { StandardError.write((w.description + "\n")) }
            }
            return planned
        }
        // Several jobs in one target share the declared files: their texts are joined.
        var texts: [String: String] = [:]
        for file in planned.flatMap(\.files.files) {
            texts[file.path] = texts[file.path].map { $0 + "\n" + file.contents } ?? file.contents
        }
        var set = OutputSet()
        for name in SwiftShards.fileNames(count: shards) { set.add(name, texts[name] ?? "") }
        _ = try Runner.report { try Writer(directory: URL(fileURLWithPath: output)).write(set) }
    }
}

/// The plugin read a different shard count from the config than the generator did.
struct PluginMismatch: Error, CustomStringConvertible {
    var config: String
    var configured: Int
    var declared: Int
    var description: String {
        "\(config): error: swift.shards is \(configured) but the build plugin declared \(declared) files; write `shards: \(configured)` on a line of its own under `swift:`"
    }
}
