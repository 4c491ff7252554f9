# The scratch package the scripts build generated SDKs in: swift-openapi-runtime,
# swift-openapi-urlsession and swift-http-types, `deps` naming their products for the targets,
# Swift 6 language mode.
#
#   write_sdk_package FILE NAME TARGETS [PACKAGES]
#
# TARGETS: the `targets:` entries as Swift text (each may use `deps`); PACKAGES: more
# `.package(...)` entries, each followed by a comma.
write_sdk_package() {
    local file="$1" name="$2" targets="$3" packages="${4:-}"
    cat >"$file" <<SWIFT
// swift-tools-version: 6.1
import PackageDescription

let deps: [Target.Dependency] = [
    .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
    .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
    .product(name: "HTTPTypes", package: "swift-http-types"),
]

let package = Package(
    name: "$name",
    platforms: [.macOS(.v14)],
    dependencies: [$packages
        .package(url: "https://github.com/apple/swift-openapi-runtime", exact: "1.13.4"),
        .package(url: "https://github.com/apple/swift-openapi-urlsession", exact: "1.4.0"),
        .package(url: "https://github.com/apple/swift-http-types", exact: "1.8.0"),
    ],
    targets: [$targets
    ],
    swiftLanguageModes: [.v6]
)
SWIFT
}

# A module name per spec: its file name, letters and digits only, upper camel case.
module_name() {
    local base
    base="$(basename "$1")"
    base="${base%.*}"
    echo "$base" | sed -E 's/[^A-Za-z0-9]+/_/g; s/(^|_)([a-z])/\U\2/g; s/_//g; s/^([0-9])/S\1/'
}
