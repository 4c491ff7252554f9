// swift-tools-version: 6.1
import PackageDescription

// A consumer of SpecForge: the `PetAPI` target holds an OpenAPI document and a specforge.yaml,
// and the SpecForge build plugin generates its models and client when the target builds.
let package = Package(
    name: "PetClient",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "SpecForge", path: "../.."),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-openapi-urlsession", from: "1.4.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .target(
            name: "PetAPI",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            plugins: [.plugin(name: "SpecForgePlugin", package: "SpecForge")]
        ),
        .executableTarget(
            name: "pet-demo",
            dependencies: ["PetAPI", .product(name: "HTTPTypes", package: "swift-http-types")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
