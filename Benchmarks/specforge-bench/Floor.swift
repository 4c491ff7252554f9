// The floor: what generating everything cannot go below on this machine, measured beside
// `specforge generate` in one run so that the machine's load weighs on both alike.
//
//   floor = libyaml's bare event scan of the spec (in process) + `cp -r` of the output tree
//
// Each round runs all four measurements one after another (scan, copy, generate into a new
// directory, generate again over its own output); the report gives the median of each and the
// ratios of the medians.

import Foundation

/// Runs `argv` with its output discarded; returns its wall time, or fails when it does not exit 0.
func spawn(_ arguments: [String]) -> Double {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var argv = arguments.map { strdup($0) } + [nil]
    defer { for p in argv { free(p) } }
    var pid = pid_t()
    var status: Int32 = 0
    let time = seconds {
        let rc = posix_spawnp(&pid, arguments[0], &actions, nil, &argv, environ)
        guard rc == 0 else { fail("cannot run \(arguments[0]): error \(rc)") }
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    }
    if status != 0 { fail("\(arguments.joined(separator: " ")) failed (wait status \(status))") }
    return time
}

func floorReport(_ options: Options, binary: String) {
    print("Median of \(options.runs) round(s), in ms; layout \(options.layout); \(ProcessInfo.processInfo.activeProcessorCount) cores.")
    print("")
    print("| spec | libyaml scan | cp -r of the output | floor | generate, new directory | generate, unchanged | new ÷ floor | unchanged ÷ floor | peak RSS (MB) |")
    print("|:--- | ---:| ---:| ---:| ---:| ---:| ---:| ---:| ---:|")
    for spec in options.specs {
        let scratch = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        // The tree `cp -r` copies: the very output of `specforge generate`, manifests included.
        let reference = scratch + "/reference"
        _ = generate(binary, spec: spec, layout: options.layout, output: reference)
        var scan: [Double] = [], copy: [Double] = [], fresh: [Double] = [], again: [Double] = []
        var peakKiB = 0
        for run in 0..<options.runs {
            scan.append(seconds { _ = scanEvents(spec) })
            copy.append(spawn(["cp", "-r", reference, scratch + "/copy-\(run)"]))
            let output = scratch + "/generate-\(run)"
            let first = generate(binary, spec: spec, layout: options.layout, output: output)
            let second = generate(binary, spec: spec, layout: options.layout, output: output)
            fresh.append(first.seconds)
            again.append(second.seconds)
            peakKiB = max(peakKiB, first.peakKiB, second.peakKiB)
            try? FileManager.default.removeItem(atPath: scratch + "/copy-\(run)")
            try? FileManager.default.removeItem(atPath: output)
        }
        let floor = median(scan) + median(copy)
        let cells = [
            ms(median(scan)), ms(median(copy)), ms(floor), ms(median(fresh)), ms(median(again)),
            String(format: "%.2f×", median(fresh) / floor), String(format: "%.2f×", median(again) / floor),
            String(format: "%.1f", Double(peakKiB) / 1024),
        ]
        print("| \(URL(fileURLWithPath: spec).lastPathComponent) | " + cells.joined(separator: " | ") + " |")
    }
}
