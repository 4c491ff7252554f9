// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "SpecForge",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "specforge", targets: ["specforge"]),
        .library(name: "SpecForgeKit", targets: ["SpecForgeKit"]),
        .plugin(name: "SpecForgePlugin", targets: ["SpecForgePlugin"]),
        .plugin(name: "GenerateCode", targets: ["GenerateCode"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-openapi-urlsession", from: "1.4.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // The word-level pieces the stages share: strings' words read directly, bytes tested eight
        // at a time, hash keys for names and objects, small name sets.
        .target(name: "SpecForgeBits"),
        // load: YAML/JSON text → ordered value tree with line:column.
        .systemLibrary(name: "CYaml", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .target(name: "SpecForgeLoad", dependencies: ["CYaml", "SpecForgeBits"]),
        // parse: value tree → typed OpenAPI document with diagnostics.
        .target(name: "SpecForgeParse", dependencies: ["SpecForgeLoad"]),
        // IR: the model of pages, operations and schemas the emitters read.
        .target(name: "SpecForgeIR", dependencies: ["SpecForgeParse"]),
        // diff: two documents compared (endpoints, parameters, bodies, responses, schemas), the report and the breaking-change rules.
        .target(name: "SpecForgeDiff", dependencies: ["SpecForgeParse"]),
        // render: Mustache templates.
        .target(name: "SpecForgeRender", dependencies: ["SpecForgeBits"]),
        // emit: one emitter per output, building view models rendered through templates.
        // The built-in templates of Templates/ are compiled in (BuiltinTemplates.swift, made by embed-templates).
        .target(name: "SpecForgeEmit", dependencies: ["SpecForgeIR", "SpecForgeRender", "SpecForgeWrite"]),
        // write: deterministic, atomic output and the drift check.
        .target(name: "SpecForgeWrite"),
        .target(
            name: "SpecForgeKit",
            dependencies: ["SpecForgeLoad", "SpecForgeParse", "SpecForgeIR", "SpecForgeEmit", "SpecForgeWrite", "SpecForgeDiff"]
        ),
        // The command's allocator on Linux with glibc: small blocks from per-thread lists.
        .target(name: "SpecForgeHeap"),
        .executableTarget(
            name: "specforge",
            dependencies: [
                "SpecForgeKit", "SpecForgeIR", "SpecForgeParse", "SpecForgeWrite", "SpecForgeHeap",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // For users: generate a target's SDK at build time, or regenerate committed output.
        .plugin(name: "SpecForgePlugin", capability: .buildTool(), dependencies: ["specforge"]),
        .plugin(
            name: "GenerateCode",
            capability: .command(
                intent: .custom(verb: "generate-code", description: "Regenerate the output specforge.yaml names"),
                permissions: [.writeToPackageDirectory(reason: "specforge writes the generated docs and Swift files into the package")]
            ),
            dependencies: ["specforge"]
        ),

        // Compiles Templates/ into SpecForgeEmit/BuiltinTemplates.swift.
        .executableTarget(name: "embed-templates"),

        // Per-stage timings and peak memory on a spec (scripts/bench.sh); run in release.
        .executableTarget(
            name: "specforge-bench",
            dependencies: ["SpecForgeKit", "SpecForgeParse", "SpecForgeRender", "SpecForgeWrite", "CYaml"],
            path: "Benchmarks/specforge-bench"
        ),

        // The SDK generated from specs/ (see specforge.yaml), compiled as part of this package.
        .target(
            name: "SiteAgentAPI",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            path: "Generated/Swift/SiteAgentAPI"
        ),
        // The SDK of specs/parameter-styles.yaml: its client's requests are checked by ParameterStyleTests.
        .target(
            name: "StylesAPI",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            path: "Generated/Swift/StylesAPI"
        ),
        // The SDK of specs/client-behaviour.yaml: security and error bodies, checked by ClientBehaviourTests.
        .target(
            name: "BehaviourAPI",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            path: "Generated/Swift/BehaviourAPI"
        ),

        // Feeds arbitrary bytes through loader, parser and IR; built for libFuzzer by scripts/fuzz.sh,
        // and a plain replay tool (`specforge-fuzz FILE...`) otherwise.
        .executableTarget(
            name: "specforge-fuzz",
            dependencies: ["SpecForgeLoad", "SpecForgeParse", "SpecForgeIR"],
            path: "Fuzz"
        ),

        .testTarget(
            name: "SpecForgeTests",
            dependencies: [
                "SpecForgeKit",
                "SpecForgeBits",
                "SpecForgeDiff",
                "SiteAgentAPI",
                "StylesAPI",
                "BehaviourAPI",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
            ],
            // Specs the tests and scripts read by path: broken ones (BadInputTests), a multi-file one,
            // and snippets (Specs/: scripts/check-strict-builds.sh).
            exclude: ["BadInput", "MultiFile", "Specs"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
