import Foundation
import SpecForgeIR
import SpecForgeLoad
import SpecForgeParse

/// One input through the loader, the parser and the IR builder. Errors are expected; crashes,
/// hangs and runaway memory are what the fuzzer looks for.
func runOne(_ bytes: [UInt8]) {
    let file = "fuzz.yaml"
    guard let root = try? YAMLLoader.load(bytes: bytes, file: file) else { return }
    // `$ref`s to other files resolve to the same input, so external references are exercised too.
    let sources = SourceSet(root: file, node: root) { (path: String) throws(LoadError) -> Node in
        try YAMLLoader.load(bytes: bytes, file: path)
    }
    guard let (document, _) = try? DocumentParser.parse(sources: sources, rootFile: file) else { return }
    _ = ModelBuilder.build(document)
}

/// The libFuzzer entry point (built with `-sanitize=fuzzer -D FUZZING` by scripts/fuzz.sh).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    runOne(bytes)
    return 0
}

#if FUZZING
/// libFuzzer's driver, from the `-sanitize=fuzzer` runtime.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// SwiftPM links an executable's entry point under this name (`main` is defined as an alias of
/// it), so libFuzzer's own `main` cannot be used; this one hands control to libFuzzer's driver.
@_cdecl("specforge_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzTestOneInput(data, size) }
}
#else
/// Without libFuzzer: runs the files named on the command line, to reproduce a crash.
@main
struct FuzzReplay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("\(path): error: cannot read the file\n".utf8))
                continue
            }
            runOne([UInt8](data))
            print("\(path): ok")
        }
    }
}
#endif
