// The floor: what generating everything cannot go below on this machine, measured beside
// `specforge generate` in one run so that the machine's load weighs on both alike.
//
//   floor = libyaml's bare event scan of the spec (in process) + `cp -r` of the output tree
//
// Each round runs all four measurements one after another (scan, copy, generate into a new
// directory, generate again over its own output); the report gives the median of each and the
// ratios of the medians.

import Foundation

func floorReport(_ options: Options, binary: String) {
    // The binaries compared, each in every round: the one measured and, optionally, a baseline.
    let binaries = [binary] + (options.baseline.map { [$0] } ?? [])
    print("Median of \(options.runs) round(s), in ms; layout \(options.layout); \(ProcessInfo.processInfo.activeProcessorCount) cores.")
    print("")
    print("| spec | specforge | libyaml scan | cp -r of the output | floor | generate, new directory | generate, unchanged | new ÷ floor | unchanged ÷ floor | CPU of generate, new (user+sys, with the return of its memory) | peak RSS (MB) |")
    print("|:--- |:--- | ---:| ---:| ---:| ---:| ---:| ---:| ---:| ---:| ---:|")
    for spec in options.specs {
        let scratch = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        // The tree `cp -r` copies: the very output of `specforge generate`, manifests included.
        let reference = scratch + "/reference"
        _ = generate(binary, spec: spec, layout: options.layout, output: reference)
        var scan: [Double] = [], copy: [Double] = []
        var fresh = [[Double]](repeating: [], count: binaries.count), again = fresh, cpu = fresh
        var peakKiB = [Int](repeating: 0, count: binaries.count)
        for run in 0..<options.runs {
            scan.append(seconds { _ = scanEvents(spec) })
            copy.append(spawn(["cp", "-r", reference, scratch + "/copy-\(run)"]).seconds)
            try? FileManager.default.removeItem(atPath: scratch + "/copy-\(run)")
            for (b, path) in binaries.enumerated() {
                let output = scratch + "/generate-\(run)-\(b)"
                let first = generate(path, spec: spec, layout: options.layout, output: output)
                let second = generate(path, spec: spec, layout: options.layout, output: output)
                fresh[b].append(first.seconds)
                cpu[b].append(first.cpu)
                again[b].append(second.seconds)
                peakKiB[b] = max(peakKiB[b], first.peakKiB, second.peakKiB)
                try? FileManager.default.removeItem(atPath: output)
            }
        }
        let floor = median(scan) + median(copy)
        for (b, path) in binaries.enumerated() {
            let cells = [
                URL(fileURLWithPath: spec).lastPathComponent, b == 0 ? "measured" : "baseline (\(path))",
                ms(median(scan)), ms(median(copy)), ms(floor), ms(median(fresh[b])), ms(median(again[b])),
                String(format: "%.2f×", median(fresh[b]) / floor), String(format: "%.2f×", median(again[b]) / floor),
                ms(median(cpu[b])), String(format: "%.1f", Double(peakKiB[b]) / 1024),
            ]
            print("| " + cells.joined(separator: " | ") + " |")
        }
    }
}
