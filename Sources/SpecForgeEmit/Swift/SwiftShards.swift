import SpecForgeRender
import SpecForgeWrite

/// The sharded layout of the Swift output: a fixed set of files whose names are known before
/// generation (what SwiftPM's build plugins need), `Types-00.swift …` for the models,
/// `Client-00.swift …` for the client's methods, `Client.swift` and `Support.swift`.
///
/// Each declaration and each operation goes to the shard its name hashes to (a stable hash, the
/// same on every run and machine), so changing one schema or operation changes one shard's
/// bytes and leaves the others, and their modification times, alone; the compiler then
/// rebuilds one shard, and shards of similar size compile side by side.
public enum SwiftShards {
    /// The shard count when a build plugin's config names none: chosen by measuring the Waldur
    /// SDK's clean build (README, Performance).
    public static let defaultCount = 32
    public static let allowedCounts = 1...256

    /// Every file a sharded output holds, for `count` shards.
    public static func fileNames(count: Int) -> [String] {
        ["Client.swift", "Support.swift"]
            + (0..<count).map { "Types-\(suffix($0, count)).swift" }
            + (0..<count).map { "Client-\(suffix($0, count)).swift" }
    }

    /// The shard of a declaration or operation name: FNV-1a (64 bit) of its UTF-8 bytes.
    public static func shard(of name: String, count: Int) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return Int(hash % UInt64(count))
    }

    /// Two digits (three past 100 shards), so the names sort in shard order.
    static func suffix(_ index: Int, _ count: Int) -> String {
        let digits = String(count - 1).count
        let text = String(index)
        return String(repeating: "0", count: max(2, digits) - text.count) + text
    }
}

extension SwiftEmitter {
    /// Renders the SDK into `SwiftShards.fileNames(count:)`: every file is written, empty shards too.
    func emitShards(count: Int, sdk: SwiftSDK, access: String, client: String, support: [String], into output: inout OutputSet) {
        var declShards = Array(repeating: [SwiftDecl](), count: count)
        for decl in sdk.decls { declShards[SwiftShards.shard(of: decl.name, count: count)].append(decl) }
        var opShards = Array(repeating: [SwiftOperationView](), count: count)
        for (_, ops) in sdk.groups {
            for op in ops { opShards[SwiftShards.shard(of: op.operationId, count: count)].append(op) }
        }
        let types = concurrentMap(declShards) { decls in self.modelsFile(decls.sorted { $0.name < $1.name }, access: access) }
        let clients = concurrentMap(opShards) { ops in self.clientFile(ops, access: access) }
        for i in 0..<count {
            output.add("Types-\(SwiftShards.suffix(i, count)).swift", bytes: types[i])
            output.add("Client-\(SwiftShards.suffix(i, count)).swift", bytes: clients[i])
        }
        output.add("Client.swift", client)
        output.add("Support.swift", support.joined(separator: "\n"))
    }
}
