extension APIModel {
    /// The path prefix every operation shares: the leading static segments common to all paths,
    /// not counting each path's last segment (`/api/keys/` and `/api/users/{id}/` share `/api/`;
    /// `/pets` and `/pets/{id}` share `/`), less segments after which some path has no static
    /// segment (`/pets/{id}` alone shares `/`). `/` when the paths share nothing.
    public var inferredBasePath: String {
        var common: [Substring]?
        for op in operations {
            let segments = op.path.split(separator: "/")
            let directory = segments.dropLast().prefix { !$0.hasPrefix("{") }
            guard let current = common else {
                common = Array(directory)
                continue
            }
            let n = zip(current, directory).prefix { $0 == $1 }.count
            common = Array(current.prefix(n))
            if common?.isEmpty == true { break }
        }
        guard var common, !common.isEmpty else { return "/" }
        // Every path keeps a static segment below the base, to name its page by.
        while !common.isEmpty, operations.contains(where: { op in
            let segments = op.path.split(separator: "/")
            return segments.count <= common.count || segments[common.count].hasPrefix("{")
        }) {
            common.removeLast()
        }
        guard !common.isEmpty else { return "/" }
        return "/" + common.joined(separator: "/") + "/"
    }
}
