// specforge-bench: per-stage timings of the pipeline on a spec, and the wall time and peak
// memory of a full `specforge generate` run. Build and run in release (scripts/bench.sh).
//
//   specforge-bench [--runs N] [--layout FILE] [--specforge BINARY] [--label NAME] [--floor [--baseline BINARY]] SPEC...
//
// Prints a Markdown table: one row per stage, one column per spec (median of N runs, in ms).
// With --floor, instead: the libyaml scan, `cp -r` of the output tree and `specforge generate`
// side by side, and generate's ratio to the first two (Floor.swift; scripts/bench-floor.sh);
// --baseline adds another specforge binary (an older build) to every round.

import CYaml
import Foundation
import SpecForgeKit
import SpecForgeParse
import SpecForgeRender
import SpecForgeWrite

struct Options {
    var runs = 5
    var layout = "specs/waldur-layout.yaml"
    var specs: [String] = []
    var labels: [String] = []
    var specforge: String?
    var floor = false
    var baseline: String?

    static func parse(_ arguments: [String]) -> Options {
        var o = Options()
        var args = arguments.makeIterator()
        func value(_ flag: String) -> String {
            guard let v = args.next() else { fail("\(flag) needs a value") }
            return v
        }
        while let a = args.next() {
            switch a {
            case "--runs":
                guard let n = Int(value(a)), n > 0 else { fail("--runs needs a positive number") }
                o.runs = n
            case "--layout": o.layout = value(a)
            case "--specforge": o.specforge = value(a)
            case "--label": o.labels.append(value(a))
            case "--floor": o.floor = true
            case "--baseline": o.baseline = value(a)
            case "-h", "--help":
                print("usage: specforge-bench [--runs N] [--layout FILE] [--specforge BINARY] [--label NAME]... [--floor [--baseline BINARY]] SPEC...")
                exit(0)
            default:
                if a.hasPrefix("-") { fail("unknown option \(a)") }
                o.specs.append(a)
            }
        }
        if o.specs.isEmpty { o.specs = ["../shared/waldur/waldur-openapi-8.0.5.yaml"] }
        return o
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("specforge-bench: \(message)\n".utf8))
    exit(2)
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = ContinuousClock.now
    try body()
    return (ContinuousClock.now - start).seconds
}

func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

/// What libyaml alone costs: read the file and pull every event, building nothing.
func scanEvents(_ path: String) -> Int {
    guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
    let bytes = [UInt8](data)
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { fail("cannot initialise libyaml") }
    defer { yaml_parser_delete(&parser) }
    var count = 0
    bytes.withUnsafeBufferPointer { buffer in
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
        var event = yaml_event_t()
        while yaml_parser_parse(&parser, &event) == 1 {
            let done = event.type == YAML_STREAM_END_EVENT
            yaml_event_delete(&event)
            count += 1
            if done { break }
        }
    }
    return count
}

func temporaryDirectory() -> String {
    let path = NSTemporaryDirectory() + "specforge-bench-" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// Runs `arguments` (the program found on PATH when not a path) with its output discarded;
/// returns its wall time, CPU time (user + system) and peak resident set (KiB), from the
/// child's own rusage. Fails the benchmark when it does not exit 0.
func spawn(_ arguments: [String]) -> (seconds: Double, cpu: Double, peakKiB: Int) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var argv = arguments.map { strdup($0) } + [nil]
    defer { for p in argv { free(p) } }
    var pid = pid_t()
    var status: Int32 = 0
    var usage = rusage()
    let time = seconds {
        let rc = posix_spawnp(&pid, arguments[0], &actions, nil, &argv, environ)
        guard rc == 0 else { fail("cannot run \(arguments[0]): error \(rc)") }
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
    }
    if status != 0 { fail("\(arguments.joined(separator: " ")) failed (wait status \(status))") }
    func cpuSeconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    // What the run left behind (specforge's helper that returns its memory after the exit) is
    // this process's to reap (`Subreaper`): its CPU time counts, and the next run starts after it.
    var cpu = cpuSeconds(usage.ru_utime) + cpuSeconds(usage.ru_stime)
    var left = rusage()
    while wait4(-1, nil, 0, &left) > 0 || errno == EINTR { cpu += cpuSeconds(left.ru_utime) + cpuSeconds(left.ru_stime) }
    return (time, cpu, Int(usage.ru_maxrss))
}

/// Makes this process the reaper of what its children leave running when they exit
/// (PR_SET_CHILD_SUBREAPER, Linux), so that `spawn` can wait for it. `prctl` is variadic in C:
/// looked up and called with its five integer arguments.
enum Subreaper {
    static func become() {
        #if os(Linux)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "prctl") else { return }
        let prctl = unsafeBitCast(symbol, to: (@convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32).self)
        _ = prctl(36, 1, 0, 0, 0)  // PR_SET_CHILD_SUBREAPER
        #endif
    }
}

/// Runs `specforge generate` (docs and Swift) as a subprocess.
func generate(_ binary: String, spec: String, layout: String, output: String) -> (seconds: Double, cpu: Double, peakKiB: Int) {
    spawn([binary, "generate", "--quiet", "--spec", spec, "--layout", layout, "--output", output])
}

struct Column {
    var operations = 0
    var events = 0
    var pages = 0
    var rows: [String: [Double]] = [:]
    var peakRSS = 0
    mutating func add(_ row: String, _ t: Double) { rows[row, default: []].append(t) }
}

let rowOrder = [
    "libyaml event scan (baseline)",
    "load (YAML → Node)",
    "parse (→ Document)",
    "IR (→ APIModel)",
    "templates",
    "docs emitter",
    "swift emitter",
    "write, fresh directory",
    "write, unchanged",
    "**in-process sum** (load … write fresh)",
    "**specforge generate**, fresh output (wall)",
    "**specforge generate**, unchanged output (wall)",
    "specforge generate, fresh output (CPU, user+sys)",
]

let options = Options.parse(Array(CommandLine.arguments.dropFirst()))
Subreaper.become()
let binary = options.specforge
    ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appending(path: "specforge").path
guard FileManager.default.isExecutableFile(atPath: binary) else { fail("no specforge binary at \(binary); build it or pass --specforge") }
if options.floor {
    floorReport(options, binary: binary)
    exit(0)
}

var columns: [Column] = []
for spec in options.specs {
    var column = Column()
    let scratch = temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let job = Job(
        spec: spec,
        docs: .init(output: scratch + "/Docs", layout: options.layout),
        swift: .init(output: scratch + "/Swift", module: "API")
    )
    for run in 0..<options.runs {
        column.add(rowOrder[0], seconds { column.events = scanEvents(spec) })

        var warnings: [Diagnostic] = []
        var timings = Pipeline.Timings()
        let model = try Pipeline.model(spec: spec, warnings: &warnings, timings: &timings)
        column.operations = model.operations.count
        column.add(rowOrder[1], timings.load)
        column.add(rowOrder[2], timings.parse)
        column.add(rowOrder[3], timings.ir)

        var files: [String: String] = [:]
        var library = TemplateLibrary()
        column.add(rowOrder[4], try seconds {
            files = try Pipeline.templateFiles(overrides: nil)
            library = try Pipeline.library(files, overrides: nil)
        })
        var docs = OutputSet()
        column.add(rowOrder[5], try seconds {
            docs = try Pipeline.docsOutput(model: model, docs: job.docs!, templateFiles: files, templates: nil, library: library)
        })
        column.pages = docs.files.count
        var swift = OutputSet()
        column.add(rowOrder[6], seconds { swift = Pipeline.swiftOutput(model: model, swift: job.swift!, library: library) })

        let target = scratch + "/write-\(run)"
        let write = {
            _ = try Writer(directory: URL(fileURLWithPath: target + "/Docs")).write(docs)
            _ = try Writer(directory: URL(fileURLWithPath: target + "/Swift")).write(swift)
        }
        column.add(rowOrder[7], try seconds(write))
        column.add(rowOrder[8], try seconds(write))
        try? FileManager.default.removeItem(atPath: target)
        column.add(rowOrder[9], (1...7).map { column.rows[rowOrder[$0]]!.last! }.reduce(0, +))
    }
    // The whole command, as a user runs it: into a new directory, then again over its own output.
    for run in 0..<options.runs {
        let output = scratch + "/cli-\(run)"
        let fresh = generate(binary, spec: spec, layout: options.layout, output: output)
        let again = generate(binary, spec: spec, layout: options.layout, output: output)
        column.add(rowOrder[10], fresh.seconds)
        column.add(rowOrder[11], again.seconds)
        column.add(rowOrder[12], fresh.cpu)
        column.peakRSS = max(column.peakRSS, fresh.peakKiB, again.peakKiB)
        try? FileManager.default.removeItem(atPath: output)
    }
    columns.append(column)
}

// MARK: Report

func ms(_ t: Double) -> String { String(format: "%.1f", t * 1000) }

let names = options.specs.enumerated().map { i, spec in
    i < options.labels.count ? options.labels[i] : URL(fileURLWithPath: spec).lastPathComponent
}
print("Median of \(options.runs) run(s), in ms; layout \(options.layout); \(ProcessInfo.processInfo.activeProcessorCount) cores.")
print("")
print("| stage | " + names.joined(separator: " | ") + " |")
print("|:--- |" + names.map { _ in " ---:|" }.joined())
print("| operations / YAML events / output files | " + columns.map { "\($0.operations) / \($0.events) / \($0.pages)" }.joined(separator: " | ") + " |")
for row in rowOrder {
    print("| \(row) | " + columns.map { ms(median($0.rows[row] ?? [0])) }.joined(separator: " | ") + " |")
}
print("| load ÷ libyaml scan | " + columns.map { String(format: "%.2f×", median($0.rows[rowOrder[1]]!) / median($0.rows[rowOrder[0]]!)) }.joined(separator: " | ") + " |")
print("| **peak RSS** of specforge generate (MB) | " + columns.map { String(format: "%.1f", Double($0.peakRSS) / 1024) }.joined(separator: " | ") + " |")
