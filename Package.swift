// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "SpecForge",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "specforge", targets: ["specforge"]),
        .library(name: "SpecForgeKit", targets: ["SpecForgeKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-openapi-urlsession", from: "1.4.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // load: YAML/JSON text → ordered value tree with line:column.
        .systemLibrary(name: "CYaml", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .target(name: "SpecForgeLoad", dependencies: ["CYaml"]),
        // parse: value tree → typed OpenAPI document with diagnostics.
        .target(name: "SpecForgeParse", dependencies: ["SpecForgeLoad"]),
        // IR: the model of pages, operations and schemas the emitters read.
        .target(name: "SpecForgeIR", dependencies: ["SpecForgeParse"]),
        // render: Mustache templates.
        .target(name: "SpecForgeRender"),
        // emit: one emitter per output, building view models rendered through templates.
        .target(
            name: "SpecForgeEmit",
            dependencies: ["SpecForgeIR", "SpecForgeRender"],
            plugins: ["EmbedTemplates"]
        ),
        // write: deterministic, atomic output and the drift check.
        .target(name: "SpecForgeWrite"),
        .target(
            name: "SpecForgeKit",
            dependencies: ["SpecForgeLoad", "SpecForgeParse", "SpecForgeIR", "SpecForgeEmit", "SpecForgeWrite"]
        ),
        .executableTarget(
            name: "specforge",
            dependencies: ["SpecForgeKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // The built-in templates under Templates/ are embedded into the binary at build time.
        .executableTarget(name: "embed-templates", path: "Plugins/EmbedTemplatesTool"),
        .plugin(name: "EmbedTemplates", capability: .buildTool(), dependencies: ["embed-templates"]),

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

        .testTarget(
            name: "SpecForgeTests",
            dependencies: [
                "SpecForgeKit",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Snippets")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
