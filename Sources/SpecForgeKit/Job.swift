import SpecForgeEmit
import SpecForgeIR
import SpecForgeParse
import SpecForgeWrite

/// One generation: a spec and the outputs made from it.
public struct Job: Sendable {
    public struct Docs: Sendable {
        public var output: String
        public var layout: String?
        public init(output: String, layout: String?) {
            self.output = output
            self.layout = layout
        }
    }

    public struct Swift: Sendable {
        public var output: String
        public var module: String
        public var access: String
        /// The sharded layout's file count (`SwiftShards`); nil for a file per declaration.
        public var shards: Int?
        /// Without shards: the models beside the client file that first uses them, or a file per type.
        public var modelFiles: SwiftEmitter.Options.ModelFiles = .perTag
        /// By security scheme name, the text the client sends before an API key (`Token `).
        public var credentialPrefixes: [String: String] = [:]
        public init(output: String, module: String, access: String = "public", shards: Int? = nil) {
            self.output = output
            self.module = module
            self.access = access
            self.shards = shards
        }
    }

    /// The round-trip driver of the Swift SDK (`RefereeEmitter`): a development output.
    public struct Referee: Sendable {
        public var output: String
        /// The SDK's module, which the driver imports.
        public var module: String
        public init(output: String, module: String) {
            self.output = output
            self.module = module
        }
    }

    public var spec: String
    public var docs: Docs?
    public var swift: Swift?
    public var referee: Referee?
    /// A directory whose files replace built-in templates of the same relative path.
    public var templates: String?
    /// Which operations to generate.
    public var filter = OperationFilter()

    public init(spec: String, docs: Docs? = nil, swift: Swift? = nil, templates: String? = nil) {
        self.spec = spec
        self.docs = docs
        self.swift = swift
        self.templates = templates
    }
}

/// `specforge.yaml`: the jobs `specforge generate` runs with no arguments.
public enum ConfigFile {
    public static let defaultName = "specforge.yaml"

    /// Reads the config; relative paths in it are taken relative to the config's directory.
    /// With `requireOutputs` false (the build plugin, which chooses where to write), outputs may be left out.
    public static func load(_ path: String, requireOutputs: Bool = true) throws -> [Job] {
        let node = try Files.node(path)
        let base = SourceSet.directory(of: path)
        func resolve(_ p: String) -> String {
            p.hasPrefix("/") || base.isEmpty ? p : base + "/" + p
        }
        var r = ConfigReader(file: path)
        var jobs: [Job] = []
        // Each output's manifest lists its files, and a later run removes what it no longer lists:
        // two outputs in one directory would remove each other's files. By directory: the first
        // output there.
        var outputs: [String: String] = [:]
        func claim(_ directory: String, _ key: String, _ node: SpecForgeLoad.Node?) {
            guard !directory.isEmpty, let node else { return }
            let path = OutputDirectories.key(directory)
            if let first = outputs[path] {
                r.error(node.mark, "\(key) '\(node.string ?? directory)' is the directory of \(first) too: each output needs a directory of its own (its manifest lists the files it may remove)")
            } else {
                outputs[path] = key
            }
        }
        let jobNodes: [SpecForgeLoad.Node]
        if let list = node.sequence {
            jobNodes = list
        } else if let list = node["jobs"] {
            _ = r.mapping(node, "specforge.yaml", allowed: ["jobs"])
            jobNodes = r.sequence(list, "jobs") ?? []
        } else {
            jobNodes = [node]
        }
        for jobNode in jobNodes {
            let what = jobNodes.count == 1 && jobNode.mark == node.mark ? "specforge.yaml" : "a job"
            guard let m = r.mapping(jobNode, what, allowed: ["spec", "docs", "swift", "templates", "include", "exclude"]) else { continue }
            guard let spec = r.string(m["spec"], "spec") else {
                r.error(jobNode.mark, "a job needs 'spec', the OpenAPI document to generate from")
                continue
            }
            var job = Job(spec: resolve(spec))
            if let node = m["spec"] { r.requireFile(job.spec, spec, node.mark, "spec") }
            if let d = r.mapping(m["docs"], "docs", allowed: ["output", "layout"]) {
                if let out = r.string(d["output"], "docs.output") ?? (requireOutputs ? nil : "") {
                    job.docs = .init(output: resolve(out), layout: r.string(d["layout"], "docs.layout").map(resolve))
                    claim(job.docs!.output, "docs.output", d["output"])
                    if let layout = job.docs?.layout, let node = d["layout"] { r.requireFile(layout, node.string ?? "", node.mark, "docs.layout") }
                } else if let mark = m["docs"]?.mark {
                    r.error(mark, "docs needs 'output', the directory to write the pages to")
                }
            }
            if let s = r.mapping(m["swift"], "swift", allowed: ["output", "module", "access", "shards", "model-files", "credential-prefixes"]) {
                if let out = r.string(s["output"], "swift.output") ?? (requireOutputs ? nil : "") {
                    let module = r.string(s["module"], "swift.module") ?? "API"
                    let access = r.string(s["access"], "swift.access") ?? "public"
                    if !["public", "package", "internal"].contains(access), let mark = s["access"]?.mark {
                        r.error(mark, "swift.access must be public, package or internal")
                    }
                    let shards = r.integer(s["shards"], "swift.shards")
                    if let n = shards, !SwiftShards.allowedCounts.contains(n), let mark = s["shards"]?.mark {
                        r.error(mark, "swift.shards must be a whole number from \(SwiftShards.allowedCounts.lowerBound) to \(SwiftShards.allowedCounts.upperBound)")
                    }
                    job.swift = .init(output: resolve(out), module: module, access: access, shards: shards)
                    claim(job.swift!.output, "swift.output", s["output"])
                    if let files = r.string(s["model-files"], "swift.model-files") {
                        if let value = SwiftEmitter.Options.ModelFiles(rawValue: files) {
                            job.swift?.modelFiles = value
                        } else if let mark = s["model-files"]?.mark {
                            r.error(mark, "swift.model-files must be per-tag or per-type")
                        }
                    }
                    for entry in r.mapping(s["credential-prefixes"], "swift.credential-prefixes")?.entries ?? [] {
                        job.swift?.credentialPrefixes[entry.key] = r.string(entry.value, "swift.credential-prefixes.\(entry.key)")
                    }
                } else if let mark = m["swift"]?.mark {
                    r.error(mark, "swift needs 'output', the directory to write the Swift files to")
                }
            }
            job.templates = r.string(m["templates"], "templates").map(resolve)
            if let templates = job.templates, let node = m["templates"] {
                r.requireFile(templates, node.string ?? "", node.mark, "templates", directory: true)
            }
            for (key, isInclude) in [("include", true), ("exclude", false)] {
                guard let f = r.mapping(m[key], key, allowed: ["tags", "paths", "operations"]) else { continue }
                let rule = OperationFilter.Rule(
                    tags: r.strings(f["tags"], "\(key).tags") ?? [],
                    paths: r.strings(f["paths"], "\(key).paths") ?? [],
                    operations: r.strings(f["operations"], "\(key).operations") ?? []
                )
                if isInclude { job.filter.include = rule } else { job.filter.exclude = rule }
            }
            jobs.append(job)
        }
        try r.finish()
        return jobs
    }
}

import SpecForgeLoad

extension ConfigReader {
    /// Reports a path in the config that names nothing, at the line that names it.
    mutating func requireFile(_ path: String, _ written: String, _ mark: SpecForgeLoad.Mark, _ what: String, directory: Bool = false) {
        let kind = FileKind.of(path)
        if kind == .missing {
            error(mark, "\(what) '\(written)' not found (paths are relative to the config file)")
        } else if (kind == .directory) != directory {
            error(mark, "\(what) '\(written)' is \(directory ? "a file, not a directory" : "a directory, not a file")")
        }
    }
}
